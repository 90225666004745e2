import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collectionDefinitions, type CollectionName } from '../collections.ts';
import { dataFiles } from '../data-files.ts';
import { ContentError } from '../content-error.ts';
import { glossaryPath, type Glossary } from '../glossary.ts';
import { chooserPath, type Chooser } from '../chooser.ts';
import { validateYamlData } from '../yaml-data.ts';
import { contentRoot } from '../content-root.ts';
import { checkMdxFile } from './check-mdx-file.ts';
import { createMdxChecker } from './parse-mdx.ts';
import { astroEntryId, buildSiteIndex, type ParsedEntry } from './site-index.ts';
import { checkLinks } from './check-links.ts';

/** Every MDX file below `folder`, as paths relative to it. */
function mdxFilesIn(folder: string): string[] {
  try {
    return readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.mdx'))
      .sort();
  } catch {
    return [];
  }
}

/**
 * Checks everything under the content folder: every YAML data file; every MDX file of every
 * collection through the site's own remark plugins and schemas; then across files, ids that
 * collide and links that lead nowhere. Returns all problems, in file order; none means fine.
 */
export function checkContent(root = contentRoot(), publicDir = 'public'): ContentError[] {
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
  const glossary = data.get(glossaryPath) as Glossary | undefined;
  // A broken glossary is reported above; the pages are still checked, without term links.
  const processor = createMdxChecker(glossary?.terms ?? []);

  const entries: ParsedEntry[] = [];
  for (const [collection, { folder, schema }] of Object.entries(collectionDefinitions) as [CollectionName, (typeof collectionDefinitions)[CollectionName]][]) {
    const owners = new Map<string, string>();
    for (const name of mdxFilesIn(join(root, folder))) {
      const file = shown(join(root, folder, name));
      const result = checkMdxFile(processor, readFileSync(join(root, folder, name), 'utf8'), file, schema);
      problems.push(...result.problems);
      const id = astroEntryId(name);
      const owner = owners.get(id);
      if (owner) {
        problems.push(new ContentError(file, `このファイルのページのアドレス（${id}）が ${owner} と同じになります。どちらかのファイル名を変えてください。`, { line: 1, column: 1 }));
        continue;
      }
      owners.set(id, file);
      if (result.tree) entries.push({ collection, id, file, tree: result.tree, pluginIds: result.pluginIds });
    }
  }

  const site = buildSiteIndex(entries, { glossary, chooser: data.get(chooserPath) as Chooser | undefined, publicDir });
  for (const entry of entries) problems.push(...checkLinks(entry, site));
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
