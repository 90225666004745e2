import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PrintProduct } from '../../../src/lib/print/products.ts';
import { printFontFamily, printFontSources, printFontWeights, type PrintFontWeight } from '../../../src/lib/print/fonts.ts';
import { printFontBase, printManifestHref, printSubsetFontHref } from '../../../src/lib/routes.ts';
import { fontCharacters } from './font-characters.ts';
import { sfntToWoff2 } from './woff2.ts';

/** One product's subset of the print typeface: its rules' address, and per weight the file and its characters. */
export interface PrintFontSubset {
  css: string;
  weights: Record<PrintFontWeight, { href: string; bytes: number; characters: Set<string> }>;
  /** Whether the files were cut in this build (not taken from the previous one). */
  made: boolean;
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

let sources: Promise<Record<PrintFontWeight, { bytes: Buffer; hash: string; characters: Set<number> }>> | undefined;

/** The whole typeface, read once: its bytes, a hash of them and its characters, for each weight. */
function sourceFonts() {
  sources ??= (async () => {
    const files = printFontSources();
    const entries = await Promise.all(
      printFontWeights.map(async (weight) => {
        const bytes = await readFile(files[weight]);
        return [weight, { bytes, hash: createHash('sha256').update(bytes).digest('hex'), characters: fontCharacters(bytes) }] as const;
      }),
    );
    return Object.fromEntries(entries) as Record<PrintFontWeight, { bytes: Buffer; hash: string; characters: Set<number> }>;
  })();
  return sources;
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

/** The file a page path is served from. */
const pageFile = (siteDir: string, path: string) => join(siteDir, path, 'index.html');

/** A stylesheet of the built site by its href, if there is one. */
const stylesheetReader = (siteDir: string) => (href: string) => {
  const file = join(siteDir, href.split(/[?#]/)[0]!);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
};

/** Where a build records its subsets, for the next build to reuse: beside the font files, not linked from any page. */
const subsetsRecordFile = (siteDir: string) => join(siteDir, printFontBase, '.subsets.json');

interface SubsetsRecord {
  version: 1;
  groups: Record<string, { inputs: string; weights: Record<PrintFontWeight, { href: string; characters: string }> }>;
}

function readRecord(siteDir: string | undefined): SubsetsRecord | undefined {
  const file = siteDir ? subsetsRecordFile(siteDir) : undefined;
  if (!file || !existsSync(file)) return undefined;
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as SubsetsRecord;
    return record.version === 1 ? record : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A hash of everything a product's characters are collected from: its pages' HTML and the
 * stylesheets they link (not its own font rules, which this step writes), with the typeface and the tools.
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

const fontRules = (weights: Record<PrintFontWeight, { href: string }>) =>
  printFontWeights.map((weight) => `@font-face {\n  font-family: '${printFontFamily}';\n  font-style: normal;\n  font-weight: ${weight};\n  font-display: swap;\n  src: url(${weights[weight].href}) format('woff2');\n}`).join('\n');

/** A print page that loads a subset of the typeface, and the content file it is made from, if known. */
interface FontPage {
  path: string;
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
  for (const product of products) add(product.fonts, { path: product.path, source: product.source });
  const known = new Set(products.map((product) => product.path));
  const rules = new RegExp(`<link\\b[^>]*rel="stylesheet"[^>]*href="(${printFontBase}pages/[^"]+\\.css)"`);
  for (const file of readdirSync(join(siteDir, 'print'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('index.html')).sort()) {
    const path = `/print/${dirname(file)}/`;
    const css = known.has(path) ? undefined : rules.exec(readFileSync(join(siteDir, 'print', file), 'utf8'))?.[1];
    if (css) add(css, { path });
  }
  return groups;
}

/**
 * Cuts, for each print product (the guidebook; a pamphlet with its blank version), a subset of
 * the print typeface with only the characters its pages can show (scripts/lib/pdf/print-text.ts),
 * one WOFF2 file per weight, and writes the product's font rules (PrintProduct.fonts) to point at
 * them, in place of the whole typeface Astro's build imports there. Chromium then embeds one
 * font per weight in the PDF, and the print preview loads two small files.
 *
 * A character the typeface has no glyph for stops the build, naming the character, the page and
 * the content file: it would otherwise print in another font, or not at all.
 *
 * What the last build (`previousDir`) made is reused: a product whose pages and stylesheets are
 * unchanged takes its subsets and characters from there without reading its pages again, and a
 * subset file, whose name carries a hash of what it is cut from (the typeface, the characters,
 * the options, the tools), is copied rather than cut again.
 */
export async function subsetPrintFonts(siteDir: string, options: { previousDir?: string; force?: boolean; log?: (line: string) => void } = {}): Promise<PrintFontSubsets> {
  const log = options.log ?? console.log;
  const groups = fontGroups(siteDir);
  const fonts = await sourceFonts();
  const tools = toolVersions();
  const base = sha256(JSON.stringify({ tools, fonts: printFontWeights.map((weight) => fonts[weight].hash) }));
  const previousDir = options.force ? undefined : options.previousDir;
  const previous = readRecord(previousDir);
  const record: SubsetsRecord = { version: 1, groups: {} };
  const subsets: PrintFontSubsets = new Map();
  const problems = new Map<string, Set<string>>();

  // The products side by side: HarfBuzz cuts one while Brotli (on Node's own threads) packs another.
  const lines = new Map<string, string>();
  await Promise.all([...groups].map(async ([css, members]) => {
    const key = css.split('/').at(-1)!.replace(/\.css$/, '');
    const inputs = groupInputs(siteDir, members, css, base);
    const characters: Record<PrintFontWeight, Set<string>> = { 400: new Set(), 700: new Set() };
    const weights = {} as PrintFontSubset['weights'];
    let made = false;

    const before = previous?.groups[css];
    if (previousDir && before?.inputs === inputs && printFontWeights.every((weight) => existsSync(join(previousDir, before.weights[weight].href)))) {
      // Nothing its characters come from has changed: the same files, the same characters.
      for (const weight of printFontWeights) {
        const { href, characters: chars } = before.weights[weight];
        await mkdir(dirname(join(siteDir, href)), { recursive: true });
        await copyFile(join(previousDir, href), join(siteDir, href));
        for (const char of chars) characters[weight].add(char);
        weights[weight] = { href, bytes: (await stat(join(siteDir, href))).size, characters: characters[weight] };
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
        for (const [weight, chars] of [[400, text.regular], [700, text.bold]] as const) {
          for (const char of chars) {
            if (!isInvisible(char) && !fonts[weight].characters.has(char.codePointAt(0)!)) {
              const problem = `${product.source ? `${product.source}（印刷用ページ ${product.path}）` : `印刷用ページ ${product.path}`}: 文字「${char}」（${codePoint(char)}）`;
              problems.set(problem, (problems.get(problem) ?? new Set()).add(weightName(weight)));
            }
            characters[weight].add(char);
          }
        }
      }
      if (problems.size > 0) return;

      for (const weight of printFontWeights) {
        const text = [...characters[weight]].sort().join('');
        const cut = subsetOptions(vertical);
        const hash = sha256(JSON.stringify({ font: fonts[weight].hash, text, cut, tools })).slice(0, 16);
        const href = printSubsetFontHref(key, weight, hash);
        const file = join(siteDir, href);
        await mkdir(dirname(file), { recursive: true });
        if (previousDir && existsSync(join(previousDir, href))) await copyFile(join(previousDir, href), file);
        else {
          made = true;
          // Cut as TrueType, read back which characters the subset really has, then pack as WOFF2.
          const sfnt = await subsetFont(fonts[weight].bytes, text, { targetFormat: 'sfnt', ...cut });
          const kept = fontCharacters(sfnt);
          const lost = [...characters[weight]].filter((char) => !isInvisible(char) && !kept.has(char.codePointAt(0)!));
          if (lost.length > 0) throw new MissingGlyphFailure(`印刷用の文字の部分集合（${key}、${weightName(weight)}）に、${lost.map((char) => `「${char}」（${codePoint(char)}）`).join('')} が入りませんでした。`);
          await writeFile(file, await sfntToWoff2(sfnt));
        }
        weights[weight] = { href, bytes: (await stat(file)).size, characters: characters[weight] };
      }
    }

    await mkdir(dirname(join(siteDir, css)), { recursive: true });
    await writeFile(join(siteDir, css), `/* ${printFontFamily}: only the characters of ${members.map((product) => product.path).join(', ')} (${characters[400].size} regular, ${characters[700].size} bold), cut by the build. */\n${fontRules(weights)}\n`);
    record.groups[css] = { inputs, weights: { 400: { href: weights[400].href, characters: [...characters[400]].sort().join('') }, 700: { href: weights[700].href, characters: [...characters[700]].sort().join('') } } };
    subsets.set(css, { css, weights, made });
    const size = (weights[400].bytes + weights[700].bytes) / 1024;
    lines.set(css, `✔ ${key}: 標準 ${characters[400].size} 字・太字 ${characters[700].size} 字、${size.toFixed(0)} KB${made ? '' : '（前回のビルドと同じ文字のため、前回のファイルを使いました）'}`);
  }));
  for (const css of groups.keys()) if (lines.has(css)) log(lines.get(css)!);
  // In the order of the pages, whatever order the cutting finished in.
  record.groups = Object.fromEntries([...groups.keys()].filter((css) => record.groups[css]).map((css) => [css, record.groups[css]!]));
  if (problems.size > 0) {
    const lines = [...problems].map(([problem, weights]) => `${problem}は、印刷用の文字 ${printFontFamily}（${[...weights].join('・')}）にありません。`);
    throw new MissingGlyphFailure(`${lines.join('\n')}\n印刷すると別の書体になるか、表示されません。ほかの文字に置き換えてください。`);
  }
  await mkdir(dirname(subsetsRecordFile(siteDir)), { recursive: true });
  await writeFile(subsetsRecordFile(siteDir), `${JSON.stringify(record, null, 2)}\n`);
  return subsets;
}
