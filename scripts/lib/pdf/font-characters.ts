/**
 * The characters a TrueType/OpenType font (SFNT, not WOFF2) has a glyph for, read from its
 * `cmap` table: the Unicode subtables of format 12 (all planes) or 4 (the BMP).
 */
export function fontCharacters(font: Uint8Array): Set<number> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  for (let index = 0; index < view.getUint16(4); index++) {
    const record = 12 + index * 16;
    if (String.fromCharCode(...font.subarray(record, record + 4)) === 'cmap') {
      const offset = view.getUint32(record + 8);
      return cmapCharacters(font.subarray(offset, offset + view.getUint32(record + 12)));
    }
  }
  throw new Error('フォントに cmap 表がありません。');
}

/** The characters a `cmap` table maps to a glyph other than .notdef. */
export function cmapCharacters(cmap: Uint8Array): Set<number> {
  const view = new DataView(cmap.buffer, cmap.byteOffset, cmap.byteLength);
  const subtables = new Map<string, number>();
  for (let index = 0; index < view.getUint16(2); index++) {
    const record = 4 + index * 8;
    const offset = view.getUint32(record + 4);
    subtables.set(`${view.getUint16(record)}/${view.getUint16(record + 2)}/${view.getUint16(offset)}`, offset);
  }
  const characters = new Set<number>();
  const format12 = subtables.get('3/10/12') ?? subtables.get('0/4/12') ?? subtables.get('0/6/12');
  if (format12 !== undefined) {
    const groups = view.getUint32(format12 + 12);
    for (let index = 0; index < groups; index++) {
      const group = format12 + 16 + index * 12;
      const [start, end, glyph] = [view.getUint32(group), view.getUint32(group + 4), view.getUint32(group + 8)];
      for (let code = start; code <= end; code++) if (glyph + (code - start) !== 0) characters.add(code);
    }
    return characters;
  }
  const format4 = subtables.get('3/1/4') ?? subtables.get('0/3/4') ?? subtables.get('0/4/4');
  if (format4 === undefined) throw new Error('フォントに Unicode の cmap（形式 4 か 12）がありません。');
  const segments = view.getUint16(format4 + 6) / 2;
  const ends = format4 + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let segment = 0; segment < segments; segment++) {
    const [start, end] = [view.getUint16(starts + segment * 2), view.getUint16(ends + segment * 2)];
    const delta = view.getInt16(deltas + segment * 2);
    const rangeOffset = view.getUint16(rangeOffsets + segment * 2);
    for (let code = start; code <= end && code !== 0xffff; code++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        const raw = view.getUint16(rangeOffsets + segment * 2 + rangeOffset + (code - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) characters.add(code);
    }
  }
  return characters;
}
