import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { distDir } from '../helpers/site.ts';
import { recordNuAudit } from '../helpers/audit-record.ts';

// The package exports the jar's path as a String object.
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

test('the Nu Html Checker finds no error in any built page', async () => {
  test.setTimeout(180_000);
  // vnu exits non-zero when it finds errors; its JSON report is what we read either way.
  const { stderr } = await promisify(execFile)('java', ['-jar', vnuJar, '--format', 'json', '--skip-non-html', '--exit-zero-always', distDir], {
    maxBuffer: 32 * 1024 * 1024,
  });
  const report = JSON.parse(stderr) as { messages: { type: string; url: string; lastLine?: number; message: string }[] };
  // For the accessibility test report (4.1.1 構文解析), before the assertion.
  recordNuAudit(distDir, report.messages.filter((message) => message.type === 'error'));
  const errors = report.messages
    .filter((message) => message.type === 'error')
    .map((message) => `${message.url.replace(`file:${distDir}`, '')}:${message.lastLine ?? '?'} ${message.message}`);
  expect(errors).toEqual([]);
});
