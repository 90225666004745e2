import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collectionDefinitions } from '../collections.ts';
import { dataFiles } from '../data-files.ts';
import { ContentError } from '../content-error.ts';
import { glossaryPath, type Glossary } from '../glossary.ts';
import { validateYamlData } from '../yaml-data.ts';
import { checkMdxFile } from './check-mdx-file.ts';
import { createMdxChecker } from './parse-mdx.ts';
import { contentRoot } from '../content-root.ts';

/** Every MDX file below `folder`, as absolute paths. */
function mdxFilesIn(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => join(folder, name));
}

/**
 * Checks everything under `content/`: every YAML data file, then every MDX file of every
 * collection through the site's own remark plugins. Returns all problems found, in file
 * order; an empty list means the content is fine.
 */
export function checkContent(root = contentRoot()): ContentError[] {
  // Problems name files as the editor sees them from the project: content/site.yaml.
  const shown = (path: string) => relative(process.cwd(), path);
  const problems: ContentError[] = [];
  const data = new Map<string, unknown>();
  for (const { path, schema } of dataFiles) {
    let text: string;
    try {
      text = readFileSync(join(root, path), 'utf8');
    } catch {
      problems.push(new ContentError(shown(join(root, path)), 'ファイルがありません。'));
      continue;
    }
    const result = validateYamlData(text, shown(join(root, path)), schema);
    problems.push(...result.problems);
    data.set(path, result.data);
  }
  // A broken glossary is reported above; the pages are still checked, without term links.
  const processor = createMdxChecker((data.get(glossaryPath) as Glossary | undefined)?.terms ?? []);
  for (const { folder, schema } of Object.values(collectionDefinitions)) {
    for (const file of mdxFilesIn(join(root, folder))) {
      problems.push(...checkMdxFile(processor, readFileSync(file, 'utf8'), shown(file), schema).problems);
    }
  }
  return problems;
}
