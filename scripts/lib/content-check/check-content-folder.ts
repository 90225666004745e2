import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collectionFolders, collectionSchemas, dataFileSchemas, type CollectionName } from '../../../src/lib/schemas/collections.ts';
import type { SiteSettings } from '../../../src/lib/schemas/site-settings.ts';
import { ContentError } from '../../../src/lib/content/content-error.ts';
import { mdxFilesOf, readContentIds } from '../../../src/lib/content/files.ts';
import { positionInYaml, validateYamlData } from '../../../src/lib/content/yaml.ts';
import type { Glossary } from '../../../src/lib/schemas/glossary.ts';
import type { Chooser } from '../../../src/lib/schemas/chooser.ts';
import { entryId } from '../../../src/lib/routes.ts';
import { chooserProblems, type ChooserForm } from '../../../src/lib/chooser/tree.ts';
import type { Traits } from '../../../src/lib/chooser/traits.ts';
import { checkMdxFile } from './check-mdx-file.ts';
import { createMdxChecker } from './parse-mdx.ts';
import { buildSiteIndex, type ParsedEntry } from './site-index.ts';
import { checkLinks } from './check-links.ts';
import { checkOfficialText, type OfficialPage } from './check-official-text.ts';
import { checkQuotations } from './quotations.ts';
import { quotationDirective } from '../../../src/plugins/remark-quotations.ts';
import { officialTextFolder } from '../../../src/lib/content/official-text.ts';
import { loadTemplates } from '../../../src/lib/templates/template-files.ts';
import { provenanceOf } from '../../../src/lib/content/provenance.ts';
import { checkFormCount } from './form-count.ts';
import type { Provenance } from '../../../src/lib/schemas/fields.ts';

/** The copy of the official summary, in content/source/: the text of record for the guideline pages. */
export const officialTextFile = 'kyodo-shishin-gaiyo.md';

/** What the content check reads: the content folder, and the public folder that links may point into. */
export interface ContentSource {
  /** The content folder (absolute, or relative to the working directory). */
  root: string;
  /** The folder of files served as they are (`public/`). */
  publicDir: string;
}

/**
 * Checks everything under the content folder: every YAML data file; every MDX file of every
 * collection through the site's own remark plugins and schemas; then across files, ids that
 * collide and links that lead nowhere. Returns all problems, in file order; none means fine.
 */
export function checkContent(source: ContentSource): ContentError[] {
  return checkContentFiles(source).problems;
}

/**
 * The content check, with content/site.yaml as it validated it: the whole build reads the file
 * only here, and hands the settings on (src/lib/site-build.ts). `settings` is there when the
 * file is valid, whatever else has problems.
 */
export function checkContentFiles({ root, publicDir }: ContentSource): { problems: ContentError[]; settings: SiteSettings | undefined } {
  // Problems name files as the editor sees them from the project: content/site.yaml.
  const shown = (path: string) => relative(process.cwd(), path);
  const problems: ContentError[] = [];
  const ids = readContentIds(root);
  const data = new Map<string, unknown>();
  const texts = new Map<string, { file: string; text: string }>();
  for (const [name, { path, schema }] of Object.entries(dataFileSchemas(ids))) {
    let text: string;
    try {
      text = readFileSync(join(root, path), 'utf8');
    } catch {
      problems.push(new ContentError(shown(join(root, path)), 'ファイルがありません。'));
      continue;
    }
    texts.set(name, { file: shown(join(root, path)), text });
    const result = validateYamlData(text, shown(join(root, path)), schema);
    problems.push(...result.problems);
    data.set(name, result.data);
  }
  const glossary = data.get('glossary') as Glossary | undefined;
  // A form's term takes its definition from the form's page: the page must exist.
  glossary?.terms.forEach((term, index) => {
    if (term.form !== undefined && !ids.forms.includes(term.form)) {
      const { file, text } = texts.get('glossary')!;
      problems.push(new ContentError(file, `協働の形態のページ「${term.form}」がありません。content/forms/ のファイル名（.mdx を除く）を書いてください。使えるのは ${ids.forms.join('、')} です。`, positionInYaml(text, ['terms', index, 'form'])));
    }
  });
  // A broken glossary is reported above; the pages are still checked, without term links.
  const processor = createMdxChecker({ root, glossary: glossary?.terms ?? [] });

  const entries: ParsedEntry[] = [];
  const chooserForms: ChooserForm[] = [];
  let formsValid = true;
  const officialPages: OfficialPage[] = [];
  const schemas = collectionSchemas(ids);
  for (const collection of Object.keys(collectionFolders) as CollectionName[]) {
    const owners = new Map<string, string>();
    for (const name of mdxFilesOf(root, collection)) {
      const path = join(root, collectionFolders[collection], name);
      const file = shown(path);
      const result = checkMdxFile(processor, readFileSync(path, 'utf8'), file, schemas[collection]);
      problems.push(...result.problems);
      const id = entryId(name);
      const owner = owners.get(id);
      if (owner) {
        problems.push(new ContentError(file, `このファイルのページのアドレス（${id}）が ${owner} と同じになります。どちらかのファイル名を変えてください。`, { line: 1, column: 1 }));
        continue;
      }
      owners.set(id, file);
      if (result.tree) entries.push({ collection, id, file, tree: result.tree, anchors: result.anchors });
      const data = result.data as { officialHeading?: string; title?: string; provenance?: Provenance; chooser?: Traits } | undefined;
      if (collection === 'forms') {
        if (data?.chooser) chooserForms.push({ id, traits: data.chooser });
        else formsValid = false;
      }
      if (collection === 'guideline' && result.tree && data?.officialHeading && data.title) officialPages.push({ file, officialHeading: data.officialHeading, title: data.title, provenance: provenanceOf(collection, data), tree: result.tree });
    }
  }

  // The official text, word for word: checked here so that `npm run check` and the first step of the build refuse an altered guideline.
  const officialPath = join(root, officialTextFolder, officialTextFile);
  let officialText: string | undefined;
  try {
    officialText = readFileSync(officialPath, 'utf8');
  } catch {
    problems.push(new ContentError(shown(officialPath), '指針の概要版の写しがありません。'));
  }
  if (officialText !== undefined) {
    problems.push(...checkOfficialText(officialText, shown(officialPath), officialPages));
    // Quotations of the guideline in our own pages are the guideline's words, machine-checked.
    problems.push(...checkQuotations(entries, officialText, quotationDirective));
  }

  // Which form each chooser path ends on comes from the forms' traits: checked once both are valid.
  const chooser = data.get('chooser') as Chooser | undefined;
  const pathProblems = chooser !== undefined && formsValid ? chooserProblems(chooser, chooserForms) : undefined;
  if (pathProblems) {
    const { file, text } = texts.get('chooser')!;
    for (const problem of pathProblems) problems.push(new ContentError(file, problem.message, positionInYaml(text, problem.path)));
  }
  // The forms of the 様式集: their references into the guidebook and glossary, and their tables.
  const forms = loadTemplates(root);
  problems.push(...forms.problems);
  // The number of forms is the site's model, counted from the forms' pages: every sentence that states it says so.
  problems.push(...checkFormCount(root, ids.forms.length));
  const site = buildSiteIndex(entries, { glossary, chooser: chooser !== undefined && pathProblems?.length === 0 ? { chooser, forms: chooserForms } : undefined, publicDir, templates: forms.templates.map((template) => template.id) });
  for (const entry of entries) problems.push(...checkLinks(entry, site));
  return {
    problems: problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0)),
    // A site.yaml that fails its schema has no data (validateYamlData).
    settings: data.get('siteSettings') as SiteSettings | undefined,
  };
}
