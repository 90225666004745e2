/**
 * The print palette in inks: every colour the print pages use, as the CSS writes it (RGB, for
 * screens and office printers) and as a print shop prints it (CMYK). The press PDFs are converted
 * with this table by Vivliostyle (`cmyk.reserveMap`); a colour missing here fails the build, so a
 * new colour in the print CSS is given its ink on purpose, never by a converter's guess.
 *
 * Black text and every neutral grey print in black ink alone (K), never as a four-ink mix: a
 * 10.5 pt Mincho line in four inks blurs as soon as the plates are a hair out of register.
 * The ink values of the colours are a starting point for the ward's designer or printer to confirm.
 */

/** An ink mix in fractions of full ink, as in CSS `device-cmyk(c m y k)`. */
export type Ink = readonly [c: number, m: number, y: number, k: number];

export interface PaletteColour {
  /** The colour as the print CSS writes it. */
  css: string;
  /** What it is for, for whoever changes the inks. */
  use: string;
  ink: Ink;
}

/** The brand and accent colours, and the text colours that must print in solid black. */
export const palette: readonly PaletteColour[] = [
  { css: '#1a1a1a', use: '本文の文字（スミ 100 %）', ink: [0, 0, 0, 1] },
  { css: '#333333', use: '見出し・ページ番号の文字（スミ 100 %）', ink: [0, 0, 0, 1] },
  { css: '#000000', use: '罫線・QRコード（スミ 100 %）', ink: [0, 0, 0, 1] },
  { css: '#005a3c', use: '区の緑（帯・見出しの線）', ink: [0.9, 0.2, 0.8, 0.3] },
  { css: '#e6f2ed', use: '緑の地色', ink: [0.1, 0, 0.08, 0] },
  { css: '#7a3e00', use: '解説の茶', ink: [0, 0.6, 1, 0.5] },
  { css: '#fff4e0', use: '解説の地色', ink: [0, 0.05, 0.13, 0] },
  { css: '#b00020', use: '注意の赤', ink: [0, 1, 0.8, 0.2] },
  { css: '#fdecee', use: '注意の地色', ink: [0, 0.08, 0.03, 0] },
  { css: '#f3f5f8', use: '箱の地色', ink: [0.04, 0.02, 0, 0] },
  { css: '#fffdf8', use: '事例の箱の地色（ガイドブック）', ink: [0, 0.01, 0.03, 0] },
  { css: '#eef1f4', use: '表の見出しの地色', ink: [0.06, 0.03, 0, 0] },
  { css: '#e8eaed', use: '淡い地色', ink: [0.08, 0.05, 0.03, 0] },
  { css: '#d0d4da', use: '淡い罫線', ink: [0.17, 0.1, 0.06, 0] },
  { css: '#00118f', use: 'リンクの青（印刷にはほとんど出ない）', ink: [1, 0.9, 0, 0.1] },
  { css: '#ffd43d', use: 'フォーカスの黄（印刷には出ない）', ink: [0, 0.15, 0.8, 0] },
];

/** Vivliostyle's CMYK values run from 0 to 10000. */
const toVivliostyle = ([c, m, y, k]: Ink) => ({ c: Math.round(c * 10000), m: Math.round(m * 10000), y: Math.round(y * 10000), k: Math.round(k * 10000) });

/** The table as Vivliostyle's `reserveMap`: each CSS colour to its ink mix. */
export const reserveMap = palette.map(({ css, ink }) => [css, toVivliostyle(ink)] as [string, ReturnType<typeof toVivliostyle>]);

/**
 * A neutral grey (red = green = blue, on Vivliostyle's 0–10000 scale) in black ink alone, at the
 * same lightness; anything else is left unmapped, which fails the build.
 */
export function greyInBlackInk({ r, g, b }: { r: number; g: number; b: number }) {
  return r === g && g === b ? { c: 0, m: 0, y: 0, k: 10000 - r } : null;
}

/** Registration colour (all four inks) for the crop marks, so they print on every plate. */
export const registration = 'device-cmyk(1 1 1 1)';
