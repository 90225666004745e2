import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collectionDefinitions } from '../collections.ts';
import { dataFiles } from '../data-files.ts';
import { ContentError } from '../content-error.ts';
import { validateYamlData } from '../yaml-data.ts';
import { checkMdxFile, type MdxCheckContext } from './check-mdx-file.ts';

/** Every MDX file below `folder`, as paths relative to `root`. */
function mdxFilesIn(root: string, folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => join(folder, name));
}

/**
 * Checks everything under `content/`: every MDX file of every collection and every YAML
 * data file. Returns all problems found, in file order; an empty list means the content is fine.
 */
export function checkContent(root: string, context: MdxCheckContext): ContentError[] {
  const problems: ContentError[] = [];
  for (const { folder, schema } of Object.values(collectionDefinitions)) {
    for (const file of mdxFilesIn(root, join('content', folder))) {
      const text = readFileSync(join(root, file), 'utf8');
      problems.push(...checkMdxFile(text, relative(root, join(root, file)), schema, context).problems);
    }
  }
  for (const { path, schema } of dataFiles) {
    let text: string;
    try {
      text = readFileSync(join(root, path), 'utf8');
    } catch {
      problems.push(new ContentError(path, 'ファイルがありません。'));
      continue;
    }
    problems.push(...validateYamlData(text, path, schema).problems);
  }
  return problems;
}
