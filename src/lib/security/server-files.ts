import { headersFile } from './headers-file.ts';
import { htaccess } from './htaccess.ts';
import { nginxConf, nginxConfName } from './nginx-conf.ts';
import type { ServerPolicy } from './server-policy.ts';

/** The server configuration files the build writes into dist/, by name: one for each kind of host, all from one policy. */
export function serverFiles(policy: ServerPolicy): Record<string, string> {
  return { _headers: headersFile(policy), '.htaccess': htaccess(policy), [nginxConfName]: nginxConf(policy) };
}
