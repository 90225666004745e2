import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, posix } from 'node:path';
import type { PrintProduct } from '../../../src/lib/print/products.ts';
import { familyWeights, printFontFamilies, printFontFiles, printFontSources, type PrintFontFamily, type PrintFontFamilyId, type PrintFontWeight } from '../../../src/lib/print/fonts.ts';
import { printFamiliesOf } from '../../../src/lib/print/products.ts';
import { printFamilyCssHref, printFontBase, printManifestHref, printSubsetFontHref } from '../../../src/lib/routes.ts';
import { fontCharacters } from './font-characters.ts';
import { sfntToWoff2 } from './woff2.ts';

/** One face (family and weight) of a product's subset: the file and its characters. */
export interface PrintFontSubsetFace {
  family: PrintFontFamilyId;
  /** The family's CSS name, e.g. 'BIZ UDMincho'. */
  name: string;
  weight: PrintFontWeight;
  href: string;
  bytes: number;
  characters: Set<string>;
}

/** One product's subset of the print typefaces: its rules' address, and per family and weight the file and its characters (the product's main family first). */
export interface PrintFontSubset {
  css: string;
  faces: PrintFontSubsetFace[];
  /** Whether the files were cut in this build (not taken from the previous one). */
  made: boolean;
}

/**
 * The face of a subset that draws text of a family at a weight: the bold face for 600 and above
 * where the family has one; otherwise its regular face (the browser then thickens it itself).
 */
export function subsetFace(subset: Pick<PrintFontSubset, 'faces'>, family: string, bold: boolean): PrintFontSubsetFace | undefined {
  const faces = subset.faces.filter((face) => face.family === family || face.name === family);
  return faces.find((face) => face.weight === (bold ? 700 : 400)) ?? faces.find((face) => face.weight === 400);
}

/** Subsets by the address of their rules (PrintProduct.fonts). */
export type PrintFontSubsets = Map<string, PrintFontSubset>;

/** A character of a print page that the typeface has no glyph for: the build stops and names it. */
export class MissingGlyphFailure extends Error {
  override name = 'MissingGlyphFailure';
}

/**
 * How the subsets are cut. Hinting is left out: PDF viewers and printers ignore it, and it is a
 * fifth of the file. Of the typeface's OpenType features only those a browser applies to
 * horizontal Japanese text by itself are kept (ccmp, liga), and the vertical forms (vert, vrt2)
 * for a product whose stylesheets set vertical writing: the alternates of the others (jp78,
 * hwid, ruby, aalt …) would double the file, and dropping a feature never leaves a character
 * without its glyph, only without an alternate form.
 */
export const subsetOptions = (vertical: boolean) => ({ noHinting: true, keepFeatures: ['ccmp', 'liga', ...(vertical ? ['vert', 'vrt2'] : [])] });

const require = createRequire(import.meta.url);

/** The version of a package as `from` would load it (found from its entry point: not every package exports its package.json). */
function versionOf(from: string, name: string): string {
  for (let dir = dirname(createRequire(from).resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const data = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (data.name === name) return data.version ?? '?';
    }
  }
  return '?';
}

interface SourceFont {
  bytes: Buffer;
  hash: string;
  characters: Set<number>;
}

const sources = new Map<string, Promise<SourceFont>>();
const faceKey = (family: PrintFontFamilyId, weight: PrintFontWeight) => `${family}-${weight}`;

/** The whole typeface of a family at a weight, read once, when a product first prints in it: its bytes, a hash of them and its characters. */
function sourceFont(family: PrintFontFamilyId, weight: PrintFontWeight): Promise<SourceFont> {
  const key = faceKey(family, weight);
  let source = sources.get(key);
  if (!source) {
    source = (async () => {
      const bytes = await readFile(printFontSources(printFontFamilies[family])[weight]!);
      return { bytes, hash: createHash('sha256').update(bytes).digest('hex'), characters: fontCharacters(bytes) };
    })();
    sources.set(key, source);
  }
  return source;
}

/** The code and tools that collect the characters, cut and pack the subsets: another version may make another file. */
function toolVersions(): string {
  const code = createHash('sha256');
  for (const file of ['./print-text.ts', './print-fonts.ts', './woff2.ts', './font-characters.ts']) code.update(readFileSync(new URL(file, import.meta.url)));
  return `subset-font@${versionOf(import.meta.url, 'subset-font')} harfbuzzjs@${versionOf(require.resolve('subset-font'), 'harfbuzzjs')} brotli@${process.versions.brotli} code@${code.digest('hex')}`;
}

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');
const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
const weightName = (weight: PrintFontWeight) => (weight === 700 ? '太字' : '標準');
const family = (id: PrintFontFamilyId): PrintFontFamily => printFontFamilies[id];

/** The file a page path is served from. */
const pageFile = (siteDir: string, path: string) => join(siteDir, path, 'index.html');

/** A stylesheet of the built site by its href, if there is one. */
const stylesheetReader = (siteDir: string) => (href: string) => {
  const file = join(siteDir, href.split(/[?#]/)[0]!);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
};

/** Where a build records its subsets, for the next build to reuse: beside the font files, not linked from any page. */
const subsetsRecordFile = (siteDir: string) => join(siteDir, printFontBase, '.subsets.json');

/** Version 2 records each face by family and weight (version 1 had BIZ UDPGothic's two weights only, and is not reused). */
interface SubsetsRecord {
  version: 2;
  groups: Record<string, { inputs: string; faces: Record<string, { href: string; characters: string }> }>;
}

function readRecord(siteDir: string | undefined): SubsetsRecord | undefined {
  const file = siteDir ? subsetsRecordFile(siteDir) : undefined;
  if (!file || !existsSync(file)) return undefined;
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as SubsetsRecord;
    return record.version === 2 ? record : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A hash of everything a product's characters are collected from: its pages' HTML and the
 * stylesheets they link (not its own font rules, which this step writes), with the typefaces
 * (each family's files) and the tools (`base`).
 */
function groupInputs(siteDir: string, members: readonly FontPage[], css: string, base: string): string {
  const read = stylesheetReader(siteDir);
  const pages = members.map((product) => {
    const html = readFileSync(pageFile(siteDir, product.path), 'utf8');
    const sheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) => match[1]!).filter((href) => href !== css);
    return [product.path, sha256(html), sheets.map((href) => [href, sha256(read(href) ?? '')])];
  });
  return sha256(JSON.stringify({ base, pages }));
}

/**
 * One @font-face per family and weight, in the rules file at site path `css`. Each font is named
 * relative to that file, so the rules work wherever the site is published (at a domain's root or
 * in a folder of it) without knowing where.
 */
const fontRules = (faces: readonly PrintFontSubsetFace[], css: string) =>
  faces.map((face) => `@font-face {\n  font-family: '${face.name}';\n  font-style: normal;\n  font-weight: ${face.weight};\n  font-display: swap;\n  src: url(${posix.relative(posix.dirname(css), face.href)}) format('woff2');\n}`).join('\n');

/** A print page that loads a subset of the typeface, the families it prints in, and the content file it is made from, if known. */
interface FontPage {
  path: string;
  families: readonly PrintFontFamilyId[];
  source?: string;
}

/**
 * The print pages that load a subset of the typeface, grouped by its rules (PrintProduct.fonts):
 * the products of the manifest, and any other built page under /print/ that links rules under
 * /print/fonts/pages/ (the forms of the 様式集).
 */
function fontGroups(siteDir: string): Map<string, FontPage[]> {
  const products = JSON.parse(readFileSync(join(siteDir, printManifestHref), 'utf8')) as PrintProduct[];
  const groups = new Map<string, FontPage[]>();
  const add = (css: string, page: FontPage) => groups.set(css, [...(groups.get(css) ?? []), page]);
  for (const product of products) add(product.fonts, { path: product.path, families: product.families, source: product.source });
  const known = new Set(products.map((product) => product.path));
  const rules = new RegExp(`<link\\b[^>]*rel="stylesheet"[^>]*href="(${printFontBase}pages/[^"]+\\.css)"`);
  for (const file of readdirSync(join(siteDir, 'print'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('index.html')).sort()) {
    const path = `/print/${dirname(file)}/`;
    const css = known.has(path) ? undefined : rules.exec(readFileSync(join(siteDir, 'print', file), 'utf8'))?.[1];
    if (css) add(css, { path, families: printFamiliesOf(css.split('/').at(-1)!.replace(/\.css$/, '')) });
  }
  return groups;
}

/**
 * Cuts, for each print product (the guidebook; a pamphlet with its blank version), a subset of
 * each print family it prints in (PrintProduct.families) with only the characters its pages can
 * show (scripts/lib/pdf/print-text.ts), one WOFF2 file per family and weight, and writes the
 * product's font rules (PrintProduct.fonts) to point at them, one @font-face each, in place of
 * the whole typefaces Astro's build imports there. Chromium then embeds one font per family and
 * weight in the PDF, and the print preview loads a few small files.
 *
 * Which characters go into which face: the bold face (700) gets those a bold rule could reach;
 * the regular face (400) every character of the pages. A family without a bold face (BIZ
 * UDMincho) gets the bold characters in its regular face as well: a bold element set in it is
 * drawn from that face, thickened by the browser. Which family an element is set in is not
 * worked out here (that would mean resolving the cascade of font-family for every element):
 * every family of the product gets every character its weight may print. For the guidebook's
 * Mincho that costs little: its body text already holds almost every character the headings do.
 *
 * A character a typeface has no glyph for stops the build, naming the character, the family, the
 * page and the content file: it would otherwise print in another font, or not at all.
 *
 * What the last build (`previousDir`) made is reused: a product whose pages, stylesheets,
 * families and their font files are unchanged takes its subsets and characters from there
 * without reading its pages again, and a subset file, whose name carries a hash of what it is
 * cut from (the typeface, the characters, the options, the tools), is copied rather than cut again.
 */
export async function subsetPrintFonts(siteDir: string, options: { previousDir?: string; force?: boolean; log?: (line: string) => void } = {}): Promise<PrintFontSubsets> {
  const log = options.log ?? console.log;
  const groups = fontGroups(siteDir);
  const tools = toolVersions();
  const previousDir = options.force ? undefined : options.previousDir;
  const previous = readRecord(previousDir);
  const record: SubsetsRecord = { version: 2, groups: {} };
  const subsets: PrintFontSubsets = new Map();
  const problems = new Map<string, Map<string, Set<string>>>();

  // The products side by side: HarfBuzz cuts one while Brotli (on Node's own threads) packs another.
  const lines = new Map<string, string>();
  await Promise.all([...groups].map(async ([css, members]) => {
    const key = css.split('/').at(-1)!.replace(/\.css$/, '');
    // The families of its pages, in the order the products name them (the main family first).
    const families = [...new Set(members.flatMap((product) => product.families))];
    const faces = families.flatMap((id) => familyWeights(family(id)).map((weight) => ({ id, weight, key: faceKey(id, weight) })));
    const fonts = new Map(await Promise.all(faces.map(async (face) => [face.key, await sourceFont(face.id, face.weight)] as const)));
    // The typefaces it is cut from, by family and weight, and the tools: a new font file makes new subsets.
    const base = sha256(JSON.stringify({ tools, fonts: faces.map((face) => [face.key, fonts.get(face.key)!.hash]) }));
    const inputs = groupInputs(siteDir, members, css, base);
    const characters = new Map(faces.map((face) => [face.key, new Set<string>()]));
    const made: PrintFontSubsetFace[] = [];
    let cut = false;

    const before = previous?.groups[css];
    if (previousDir && before?.inputs === inputs && faces.every((face) => before.faces[face.key] && existsSync(join(previousDir, before.faces[face.key]!.href)))) {
      // Nothing its characters come from has changed: the same files, the same characters.
      for (const face of faces) {
        const { href, characters: chars } = before.faces[face.key]!;
        await mkdir(dirname(join(siteDir, href)), { recursive: true });
        await copyFile(join(previousDir, href), join(siteDir, href));
        for (const char of chars) characters.get(face.key)!.add(char);
        made.push({ family: face.id, name: family(face.id).name, weight: face.weight, href, bytes: (await stat(join(siteDir, href))).size, characters: characters.get(face.key)! });
      }
    } else {
      // The collector (postcss, hast) and the subsetter (HarfBuzz) load only when some product's pages changed.
      const { isInvisible, printPageText } = await import('./print-text.ts');
      const { default: subsetFont } = await import('subset-font');
      let vertical = false;
      for (const product of members) {
        const text = printPageText(await readFile(pageFile(siteDir, product.path), 'utf8'), stylesheetReader(siteDir));
        vertical ||= text.vertical;
        if (text.unmatchedSelectors.length > 0) log(`  ${product.path}: 太字の規則 ${text.unmatchedSelectors.join('、')} は確かめられないため、すべての文字を太字にも入れます`);
        for (const face of faces) {
          // A family without a bold face draws bold text from its regular face (see above).
          const boldToo = face.weight === 400 && family(face.id).weights[700] === undefined;
          const chars = face.weight === 700 ? text.bold : boldToo ? new Set([...text.regular, ...text.bold]) : text.regular;
          for (const char of chars) {
            if (!isInvisible(char) && !fonts.get(face.key)!.characters.has(char.codePointAt(0)!)) {
              const problem = `${product.source ? `${product.source}（印刷用ページ ${product.path}）` : `印刷用ページ ${product.path}`}: 文字「${char}」（${codePoint(char)}）`;
              const byFamily = problems.get(problem) ?? new Map<string, Set<string>>();
              byFamily.set(family(face.id).name, (byFamily.get(family(face.id).name) ?? new Set()).add(weightName(face.weight)));
              problems.set(problem, byFamily);
            }
            characters.get(face.key)!.add(char);
          }
        }
      }
      if (problems.size > 0) return;

      for (const face of faces) {
        const font = fonts.get(face.key)!;
        const chars = characters.get(face.key)!;
        const text = [...chars].sort().join('');
        const cutOptions = subsetOptions(vertical);
        const hash = sha256(JSON.stringify({ font: font.hash, text, cut: cutOptions, tools })).slice(0, 16);
        const href = printSubsetFontHref(key, face.id, face.weight, hash);
        const file = join(siteDir, href);
        await mkdir(dirname(file), { recursive: true });
        if (previousDir && existsSync(join(previousDir, href))) await copyFile(join(previousDir, href), file);
        else {
          cut = true;
          // Cut as TrueType, read back which characters the subset really has, then pack as WOFF2.
          const sfnt = await subsetFont(font.bytes, text, { targetFormat: 'sfnt', ...cutOptions });
          const kept = fontCharacters(sfnt);
          const lost = [...chars].filter((char) => !isInvisible(char) && !kept.has(char.codePointAt(0)!));
          if (lost.length > 0) throw new MissingGlyphFailure(`印刷用の文字の部分集合（${key}、${family(face.id).name} ${weightName(face.weight)}）に、${lost.map((char) => `「${char}」（${codePoint(char)}）`).join('')} が入りませんでした。`);
          await writeFile(file, await sfntToWoff2(sfnt));
        }
        made.push({ family: face.id, name: family(face.id).name, weight: face.weight, href, bytes: (await stat(file)).size, characters: chars });
      }
    }

    const counts = families.map((id) => `${family(id).name} ${made.filter((face) => face.family === id).map((face) => `${weightName(face.weight)} ${face.characters.size} 字`).join('・')}`);
    await mkdir(dirname(join(siteDir, css)), { recursive: true });
    await writeFile(
      join(siteDir, css),
      `/* ${families.map((id) => family(id).name).join(', ')}: only the characters of ${members.map((product) => product.path).join(', ')} (${made.map((face) => `${face.name} ${face.weight}: ${face.characters.size}`).join(', ')}), cut by the build. */\n${fontRules(made, css)}\n`,
    );
    record.groups[css] = { inputs, faces: Object.fromEntries(made.map((face) => [faceKey(face.family, face.weight), { href: face.href, characters: [...face.characters].sort().join('') }])) };
    subsets.set(css, { css, faces: made, made: cut });
    const size = made.reduce((sum, face) => sum + face.bytes, 0) / 1024;
    lines.set(css, `✔ ${key}: ${counts.join('、')}、${size.toFixed(0)} KB${cut ? '' : '（前回のビルドと同じ文字のため、前回のファイルを使いました）'}`);
  }));
  for (const css of groups.keys()) if (lines.has(css)) log(lines.get(css)!);
  // In the order of the pages, whatever order the cutting finished in.
  record.groups = Object.fromEntries([...groups.keys()].filter((css) => record.groups[css]).map((css) => [css, record.groups[css]!]));
  if (problems.size > 0) {
    const lines = [...problems].map(([problem, byFamily]) => `${problem}は、印刷用の文字 ${[...byFamily].map(([name, weights]) => `${name}（${[...weights].join('・')}）`).join('・')}にありません。`);
    throw new MissingGlyphFailure(`${lines.join('\n')}\n印刷すると別の書体になるか、表示されません。ほかの文字に置き換えてください。`);
  }
  await mkdir(dirname(subsetsRecordFile(siteDir)), { recursive: true });
  await writeFile(subsetsRecordFile(siteDir), `${JSON.stringify(record, null, 2)}\n`);
  return subsets;
}

/**
 * Removes from a built site the whole typeface of each print family that no page loads any
 * more: once every print page has its subset, the guidebook's BIZ UDMincho (about 4 MB of
 * woff2) is used by no page, while BIZ UDPGothic stays for the pamphlet makers, where organisers
 * type text no subset can foresee. A family whose rules a page or style sheet still names is
 * kept. Returns the bytes removed.
 */
export async function dropUnusedPrintFamilies(siteDir: string): Promise<{ families: string[]; bytes: number }> {
  const texts = readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(html|css)$/.test(name))
    .map((name) => readFileSync(join(siteDir, name), 'utf8'));
  const dropped: string[] = [];
  let bytes = 0;
  for (const id of Object.keys(printFontFamilies) as PrintFontFamilyId[]) {
    const rules = printFamilyCssHref(id);
    if (texts.some((text) => text.includes(rules))) continue;
    for (const file of [rules, ...printFontFiles([id]).map((font) => `${printFontBase}${font.name}`)]) {
      const path = join(siteDir, file);
      if (!existsSync(path)) continue;
      bytes += (await stat(path)).size;
      await rm(path);
    }
    dropped.push(family(id).name);
  }
  return { families: dropped, bytes };
}
