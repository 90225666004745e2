import { foldForMatch, foldWithMap } from './normalize.ts';
import type { ExpandedTerm } from './variants.ts';
import { matchesOf } from './okurigana-variants.ts';

/** How a page's text answers the query. */
export interface PageMatch {
  /** Every term (or one of its spellings) is in the text: an exact result. */
  all: boolean;
  /** At least one term is: a related result, when not all are. */
  some: boolean;
  /** For each term, whether the page has it (in some spelling). */
  terms: boolean[];
  /** For each term, whether the page lacks it but has every word of it (協働 and 事業, not 協働事業). */
  partsOnly: boolean[];
  /** The folded spellings found, for highlighting. */
  found: string[];
}

/** Checks a page's text against the expanded terms, literally, after folding both sides. */
export function matchPage(text: string, terms: readonly ExpandedTerm[]): PageMatch {
  const folded = foldForMatch(text);
  const found: string[] = [];
  const present = terms.map((term) => {
    const hits = [...term.needles.filter((needle) => folded.includes(needle)), ...term.patterns.flatMap((pattern) => matchesOf(folded, pattern))];
    found.push(...hits);
    return hits.length > 0;
  });
  const partsOnly = terms.map((term, index) => !present[index] && term.parts.length > 0 && term.parts.every((part) => folded.includes(part)));
  terms.forEach((term, index) => {
    if (partsOnly[index]) found.push(...term.parts);
  });
  return { all: terms.length > 0 && present.every(Boolean), some: present.some(Boolean), terms: present, partsOnly, found: [...new Set(found)] };
}

/** A piece of an excerpt: plain text or a highlighted match. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * An excerpt of about `length` characters around the first match, every occurrence of every
 * found spelling highlighted whole. Returned as parts, so the page builds it with text nodes
 * and a query can never inject markup.
 */
export function buildExcerpt(text: string, needles: readonly string[], length = 100): ExcerptPart[] {
  const { folded, origin } = foldWithMap(text);
  const ranges: [number, number][] = [];
  // Longest first, so 協働事業 is marked whole rather than as 協働 + 事業.
  for (const needle of [...needles].filter(Boolean).sort((a, b) => b.length - a.length)) {
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) {
      const start = origin[at]!;
      const end = origin[at + needle.length]!;
      if (!ranges.some(([from, to]) => start < to && end > from)) ranges.push([start, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const first = ranges[0]?.[0] ?? 0;
  // Start a little before the first match, at a sentence boundary when one is near.
  let start = Math.max(0, first - Math.floor(length / 4));
  const sentence = text.lastIndexOf('。', first);
  if (sentence >= start - 10 && sentence < first) start = sentence + 1;
  const end = Math.min(text.length, start + length);
  const parts: ExcerptPart[] = [];
  let at = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    if (from > at) parts.push({ text: text.slice(at, from), mark: false });
    parts.push({ text: text.slice(Math.max(from, at), to), mark: true });
    at = to;
  }
  if (at < end) parts.push({ text: text.slice(at, end), mark: false });
  if (start > 0) parts.unshift({ text: '…', mark: false });
  if (end < text.length) parts.push({ text: '…', mark: false });
  return parts.map((part) => ({ ...part, text: part.text.replace(/\s+/gu, ' ') }));
}
