import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright';

/** One response as it crossed the wire, and what it would be gzipped by a typical host. */
export interface Transfer {
  url: string;
  kind: 'html' | 'css' | 'js' | 'font' | 'wasm' | 'search-index' | 'json' | 'image' | 'other';
  bytes: number;
  gzip: number;
}

/** Files Pagefind already compresses: gzipping them again would count them wrongly. */
const precompressed = /\.(pf_meta|pf_index|pf_fragment|pf_filter)$|wasm\..*\.pagefind$/;

function kindOf(url: string, type: string): Transfer['kind'] {
  if (/\/pagefind\/.*\.(pf_|pagefind$)/.test(url) || /wasm\..*\.pagefind$/.test(url)) return url.includes('wasm') ? 'wasm' : 'search-index';
  if (type.includes('html')) return 'html';
  if (type.includes('css')) return 'css';
  if (type.includes('javascript')) return 'js';
  if (type.includes('font')) return 'font';
  if (type.includes('json')) return 'json';
  if (type.startsWith('image/')) return 'image';
  return 'other';
}

/** Records every response a page receives from now on; call the returned function to read them. */
export function recordTransfers(page: Page): () => Promise<Transfer[]> {
  const responses: Response[] = [];
  const listener = (response: Response) => responses.push(response);
  page.on('response', listener);
  return async () => {
    page.off('response', listener);
    const transfers: Transfer[] = [];
    for (const response of responses) {
      const body = await response.body().catch(() => Buffer.alloc(0));
      const url = response.url();
      const type = response.headers()['content-type'] ?? '';
      transfers.push({ url, kind: kindOf(url, type), bytes: body.length, gzip: precompressed.test(url) ? body.length : gzipSync(body).length });
    }
    return transfers;
  };
}

/** Sums transfers by kind. */
export function byKind(transfers: readonly Transfer[]) {
  const totals: Record<string, { bytes: number; gzip: number; requests: number }> = {};
  for (const transfer of transfers) {
    const total = (totals[transfer.kind] ??= { bytes: 0, gzip: 0, requests: 0 });
    total.bytes += transfer.bytes;
    total.gzip += transfer.gzip;
    total.requests++;
  }
  return totals;
}
