import { promisify } from 'node:util';
import { brotliCompress, brotliDecompressSync, constants } from 'node:zlib';

/** The tags WOFF2 numbers (its "known table tags"), in the specification's order. */
const knownTags = [
  'cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post', 'cvt ', 'fpgm', 'glyf', 'loca', 'prep', 'CFF ', 'VORG', 'EBDT',
  'EBLC', 'gasp', 'hdmx', 'kern', 'LTSH', 'PCLT', 'VDMX', 'vhea', 'vmtx', 'BASE', 'GDEF', 'GPOS', 'GSUB', 'EBSC', 'JSTF', 'MATH',
  'CBDT', 'CBLC', 'COLR', 'CPAL', 'SVG ', 'sbix', 'acnt', 'avar', 'bdat', 'bloc', 'bsln', 'cvar', 'fdsc', 'feat', 'fmtx', 'fvar',
  'gvar', 'hsty', 'just', 'lcar', 'mort', 'morx', 'opbd', 'prop', 'trak', 'Zapf', 'Silf', 'Glat', 'Gloc', 'Feat', 'Sill',
];

/** A number in WOFF2's UIntBase128: seven bits a byte, most significant first. */
function base128(value: number): number[] {
  const bytes = [value & 0x7f];
  for (let rest = value >>> 7; rest > 0; rest >>>= 7) bytes.unshift(0x80 | (rest & 0x7f));
  return bytes;
}

/**
 * Wraps a TrueType font (SFNT) as WOFF2 (W3C WOFF 2.0), with every table stored as it is (the
 * "null transform", version 3 for glyf and loca, 0 for the others) and the whole compressed by
 * Node's own Brotli. The reference encoder also rewrites glyf and loca, for files about a sixth
 * smaller, but takes ten times as long in WebAssembly; the font inside is the same, and a PDF
 * embeds the same glyphs either way.
 */
export async function sfntToWoff2(sfnt: Uint8Array): Promise<Buffer> {
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const count = view.getUint16(4);
  const tables = Array.from({ length: count }, (_, index) => {
    const record = 12 + index * 16;
    const tag = String.fromCharCode(...sfnt.subarray(record, record + 4));
    const offset = view.getUint32(record + 8);
    const length = view.getUint32(record + 12);
    return { tag, data: sfnt.subarray(offset, offset + length) };
  });
  const directory: number[] = [];
  for (const { tag, data } of tables) {
    const known = knownTags.indexOf(tag);
    const transform = tag === 'glyf' || tag === 'loca' ? 3 : 0;
    directory.push((transform << 6) | (known === -1 ? 63 : known));
    if (known === -1) directory.push(...[...tag].map((char) => char.charCodeAt(0)));
    directory.push(...base128(data.length));
  }
  const stream = Buffer.concat(tables.map((table) => table.data));
  const compressed = await promisify(brotliCompress)(stream, {
    params: { [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_FONT, [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_SIZE_HINT]: stream.length },
  });
  const headerLength = 48;
  const unpadded = headerLength + directory.length + compressed.length;
  const length = Math.ceil(unpadded / 4) * 4;
  const totalSfntSize = 12 + 16 * count + tables.reduce((sum, table) => sum + Math.ceil(table.data.length / 4) * 4, 0);
  const header = Buffer.alloc(headerLength);
  header.write('wOF2', 0, 'latin1');
  header.writeUInt32BE(view.getUint32(0), 4); // flavor: the SFNT's own version tag
  header.writeUInt32BE(length, 8);
  header.writeUInt16BE(count, 12);
  header.writeUInt32BE(totalSfntSize, 16);
  header.writeUInt32BE(compressed.length, 20);
  header.writeUInt16BE(1, 24); // this file's version: 1.0; no metadata, no private data
  return Buffer.concat([header, Buffer.from(directory), compressed, Buffer.alloc(length - unpadded)]);
}

/**
 * The tables of a WOFF2 file written by sfntToWoff2 (every table stored as it is), by tag: for
 * checks that read the fonts a build serves. Files with transformed tables are refused.
 */
export function woff2Tables(woff2: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(woff2.buffer, woff2.byteOffset, woff2.byteLength);
  if (String.fromCharCode(...woff2.subarray(0, 4)) !== 'wOF2') throw new Error('WOFF2 ではありません。');
  const count = view.getUint16(12);
  const compressedLength = view.getUint32(20);
  let offset = 48;
  const readBase128 = () => {
    let value = 0;
    for (;;) {
      const byte = woff2[offset++]!;
      value = value * 128 + (byte & 0x7f);
      if ((byte & 0x80) === 0) return value;
    }
  };
  const directory: { tag: string; length: number }[] = [];
  for (let index = 0; index < count; index++) {
    const flags = woff2[offset++]!;
    const tag = (flags & 0x3f) === 63 ? String.fromCharCode(...woff2.subarray(offset, (offset += 4))) : knownTags[flags & 0x3f]!;
    const transform = flags >> 6;
    if ((tag === 'glyf' || tag === 'loca') !== (transform === 3)) throw new Error(`表 ${tag} が変換されています（この関数は変換のない WOFF2 だけを読みます）。`);
    directory.push({ tag, length: readBase128() });
  }
  const stream = brotliDecompressSync(woff2.subarray(offset, offset + compressedLength));
  const tables = new Map<string, Uint8Array>();
  let position = 0;
  for (const { tag, length } of directory) {
    tables.set(tag, new Uint8Array(stream.subarray(position, position + length)));
    position += length;
  }
  return tables;
}
