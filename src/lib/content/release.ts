import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { dataFilePaths } from '../schemas/collections.ts';
import { requiredForRelease } from '../schemas/site-settings.ts';
import { ContentError } from './content-error.ts';
import { loadDataFile } from './load-data-file.ts';
import { siteValue, siteValueLabels } from './site-values.ts';

/** Addresses reserved for examples and tests, which no reader can reach. */
const exampleHost = /(^|\.)(example\.(com|net|org|jp)|example|test|invalid|localhost)$/i;

/** Whether a public URL is a placeholder rather than the site's real address. */
export const isExampleUrl = (url: string) => exampleHost.test(new URL(url).hostname);

/**
 * What keeps the content at `root` from being published: every setting a release needs that is
 * still empty, and a public URL that is only an example (the QR codes would point to it). Each
 * is reported at its line in content/site.yaml. None means a release build may go ahead.
 */
export function releaseProblems(root: string): ContentError[] {
  const path = join(root, dataFilePaths.siteSettings);
  const file = relative(process.cwd(), path);
  const settings = loadDataFile(root, 'siteSettings');
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter });
  const lineOf = (dotted: string) => {
    const node = doc.getIn(dotted.split('.'), true);
    return isNode(node) && node.range ? { line: lineCounter.linePos(node.range[0]).line, column: lineCounter.linePos(node.range[0]).col } : undefined;
  };
  const problems = requiredForRelease
    .filter((name) => siteValue(settings, name) === null)
    .map((name) => new ContentError(file, `公開用のビルドには「${siteValueLabels[name]}」（${name}）が必要です。null を書き換えてください。`, lineOf(name)));
  if (isExampleUrl(settings.publicUrl)) {
    problems.push(new ContentError(file, `公開URL「${settings.publicUrl}」は例のアドレスです。QRコードや正規URLが届かないので、公開するアドレスを publicUrl に書いてください。`, lineOf('publicUrl')));
  }
  return problems;
}
