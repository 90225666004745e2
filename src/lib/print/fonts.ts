import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { printFontBase } from '../routes.ts';

/**
 * The Japanese typeface embedded in printed products: BIZ UDPGothic, a universal-design font,
 * self-hosted from @fontsource in regular and bold. Chromium embeds these as TrueType; the
 * system Noto CJK fonts would become hundreds of Type 3 fonts (STACK-NOTES).
 */
export const printFontFamily = 'BIZ UDPGothic';
const fontPackage = '@fontsource/biz-udpgothic';
export const printFontWeights = [400, 700] as const;
export type PrintFontWeight = (typeof printFontWeights)[number];
const weights = printFontWeights;

/**
 * The whole typeface as TrueType files (Google Fonts' BIZ UDPGothic 1.051, from
 * @expo-google-fonts), from which the build cuts each print product's subset: Fontsource ships
 * only unicode-range pieces, and pieces cannot be merged into one font.
 */
export function printFontSources(): Record<PrintFontWeight, string> {
  const dir = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/biz-udpgothic/package.json'));
  return { 400: join(dir, '400Regular', 'BIZUDPGothic_400Regular.ttf'), 700: join(dir, '700Bold', 'BIZUDPGothic_700Bold.ttf') };
}

const packageDir = () => dirname(createRequire(import.meta.url).resolve(`${fontPackage}/package.json`));

/**
 * The @font-face rules for print, pointing at the woff2 files served under /print/fonts/.
 * Fontsource also lists .woff fallbacks; every browser that prints our PDFs reads woff2, so
 * the woff files are left out of the site.
 */
export function printFontCss(): string {
  return weights
    .map((weight) => readFileSync(join(packageDir(), `${weight}.css`), 'utf8'))
    .join('\n')
    .replace(/url\(\.\/files\/([^)]+\.woff2)\) format\('woff2'\),\s*url\([^)]+\.woff\) format\('woff'\)/g, (_, file: string) => `url(${printFontBase}${file}) format('woff2')`);
}

/** The woff2 files the rules above refer to. */
export function printFontFiles(): { name: string; path: string }[] {
  const css = weights.map((weight) => readFileSync(join(packageDir(), `${weight}.css`), 'utf8')).join('\n');
  return [...css.matchAll(/url\(\.\/files\/([^)]+\.woff2)\)/g)].map((match) => ({ name: basename(match[1]!), path: join(packageDir(), 'files', match[1]!) }));
}
