import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { printFontBase } from '../routes.ts';

/**
 * The Japanese typefaces embedded in printed products, all universal-design fonts by Morisawa,
 * self-hosted: Chromium embeds these as TrueType; the system Noto CJK fonts would become
 * hundreds of Type 3 fonts (STACK-NOTES). Each family is described once here; a product names
 * the families it prints in (PrintProduct.families), and the build cuts a subset of each of
 * them per product (scripts/lib/pdf/print-fonts.ts).
 *
 * - BIZ UDPGothic (proportional), regular and bold: everything in the pamphlets and forms, and
 *   the guidebook's headings, labels, tables' heads, boxes, running heads, folios and bold text.
 * - BIZ UDMincho (fixed-width), regular only: the guidebook's body text.
 */
export const printFontWeights = [400, 700] as const;
export type PrintFontWeight = (typeof printFontWeights)[number];

export interface PrintFontFamily {
  /** Short name, used in the subsets' file names and the build's record. */
  id: string;
  /** The CSS font-family name the stylesheets ask for. */
  name: string;
  /** The weights it is embedded in, with the PostScript name Chromium gives each in the PDF. */
  weights: Partial<Record<PrintFontWeight, string>>;
  /** The package and files of the whole typeface as TrueType (Google Fonts' release, from @expo-google-fonts), from which the subsets are cut. */
  source: { package: string; files: Partial<Record<PrintFontWeight, string>> };
  /** The Fontsource package whose woff2 pieces the dev server and `astro build` alone load (see printFontCss). */
  fontsource: string;
}

const gothic = {
  id: 'gothic',
  name: 'BIZ UDPGothic',
  weights: { 400: 'BIZUDPGothic-Regular', 700: 'BIZUDPGothic-Bold' },
  source: { package: '@expo-google-fonts/biz-udpgothic', files: { 400: '400Regular/BIZUDPGothic_400Regular.ttf', 700: '700Bold/BIZUDPGothic_700Bold.ttf' } },
  fontsource: '@fontsource/biz-udpgothic',
} as const satisfies PrintFontFamily;

const mincho = {
  id: 'mincho',
  name: 'BIZ UDMincho',
  weights: { 400: 'BIZUDMincho-Regular' },
  source: { package: '@expo-google-fonts/biz-udmincho', files: { 400: '400Regular/BIZUDMincho_400Regular.ttf' } },
  fontsource: '@fontsource/biz-udmincho',
} as const satisfies PrintFontFamily;

/** Every print family, by id. */
export const printFontFamilies = { gothic, mincho } as const satisfies Record<string, PrintFontFamily>;
export type PrintFontFamilyId = keyof typeof printFontFamilies;

/** The family everything prints in unless a product names others; also the one of the page margins (running heads, folios). */
export const defaultPrintFamilies: readonly PrintFontFamilyId[] = ['gothic'];

/** A family's weights, in order. */
export const familyWeights = (family: PrintFontFamily): PrintFontWeight[] => printFontWeights.filter((weight) => family.weights[weight] !== undefined);

/** The faces (family and weight) of a list of families, in order. */
export const printFontFaces = (families: readonly PrintFontFamilyId[]) => families.flatMap((id) => familyWeights(printFontFamilies[id]).map((weight) => ({ family: printFontFamilies[id] as PrintFontFamily, weight })));

/** The whole typeface of a family as TrueType files, one per weight it is embedded in. */
export function printFontSources(family: PrintFontFamily = gothic): Partial<Record<PrintFontWeight, string>> {
  const dir = dirname(createRequire(import.meta.url).resolve(`${family.source.package}/package.json`));
  return Object.fromEntries(familyWeights(family).map((weight) => [weight, join(dir, family.source.files[weight]!)]));
}

const packageDir = (family: PrintFontFamily) => dirname(createRequire(import.meta.url).resolve(`${family.fontsource}/package.json`));

/** Fontsource's rules of a family, one file per weight it is embedded in. */
const fontsourceCss = (family: PrintFontFamily) => familyWeights(family).map((weight) => readFileSync(join(packageDir(family), `${weight}.css`), 'utf8'));

/**
 * The @font-face rules for print of one family, pointing at the woff2 files served under /print/fonts/.
 * Fontsource also lists .woff fallbacks; every browser that prints our PDFs reads woff2, so
 * the woff files are left out of the site.
 */
export function printFontCss(id: PrintFontFamilyId = 'gothic'): string {
  return fontsourceCss(printFontFamilies[id])
    .join('\n')
    .replace(/url\(\.\/files\/([^)]+\.woff2)\) format\('woff2'\),\s*url\([^)]+\.woff\) format\('woff'\)/g, (_, file: string) => `url(${printFontBase}${file}) format('woff2')`);
}

/** The woff2 files the rules above refer to, of every family (or of the families named). */
export function printFontFiles(ids: readonly PrintFontFamilyId[] = Object.keys(printFontFamilies) as PrintFontFamilyId[]): { name: string; path: string }[] {
  return ids.map((id) => printFontFamilies[id] as PrintFontFamily).flatMap((family) =>
    [...fontsourceCss(family).join('\n').matchAll(/url\(\.\/files\/([^)]+\.woff2)\)/g)].map((match) => ({ name: basename(match[1]!), path: join(packageDir(family), 'files', match[1]!) })),
  );
}
