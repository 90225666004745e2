/** One thing the reader is looking for: a word, or a phrase they put in quotes. */
export interface QueryTerm {
  /** As typed (after NFKC), without quotes. */
  text: string;
  /** Quoted: must appear exactly so, spaces included. */
  phrase: boolean;
}

/** Quote pairs Japanese and Western readers use. */
const quotePairs: readonly [string, string][] = [
  ['"', '"'],
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
  ["'", "'"],
];

/**
 * Splits a cleaned query into terms: quoted parts are phrases, the rest is split at spaces.
 * An unclosed quote counts as a phrase to the end. 「協働 委託」 → 協働, 委託; 「"協働の原則"」 → one phrase.
 */
export function parseQuery(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  let rest = query;
  while (rest.length > 0) {
    const open = quotePairs
      .map(([start, end]) => ({ start, end, at: rest.indexOf(start) }))
      .filter((pair) => pair.at !== -1)
      .sort((a, b) => a.at - b.at)[0];
    if (!open) {
      terms.push(...words(rest));
      break;
    }
    terms.push(...words(rest.slice(0, open.at)));
    const close = rest.indexOf(open.end, open.at + open.start.length);
    const phrase = rest.slice(open.at + open.start.length, close === -1 ? undefined : close).trim();
    if (phrase) terms.push({ text: phrase, phrase: true });
    rest = close === -1 ? '' : rest.slice(close + open.end.length);
  }
  // The same term twice asks for nothing more.
  return terms.filter((term, index) => terms.findIndex((other) => other.text === term.text && other.phrase === term.phrase) === index);
}

function words(text: string): QueryTerm[] {
  return text
    .split(/\s+/u)
    .map((word) => word.trim())
    .filter(Boolean)
    .map((word) => ({ text: word, phrase: false }));
}

/** Endings of a question typed as a sentence: 共催とは, 協働って何, 後援の意味, 委託について. Longest first. */
const questionForms = ['とはなんですか', 'とは何ですか', 'ってなんですか', 'って何ですか', 'を知りたいです', 'を知りたい', 'について', 'ってなに', 'ってなん', 'って何', 'とはなに', 'とは何', 'の意味は', 'の意味', 'とは'];

/**
 * The query without a trailing question form (「共催とは？」 → 「共催」), or undefined when it has
 * none or nothing would be left. The search tries this first and keeps it when it finds something.
 */
export function dropQuestionForm(query: string): string | undefined {
  const trimmed = query.replace(/[?？。．.\s]+$/u, '');
  const form = questionForms.find((ending) => trimmed.endsWith(ending) && trimmed.length > ending.length);
  const asked = form ? trimmed.slice(0, -form.length).trim() : trimmed;
  // 「委託 補助 違い」 asks how the things named differ: the pages that have them all are the answer, and the page that compares them has them in its headings.
  const compared = asked.replace(comparisonWord, '').trim();
  // 「共催と後援の違い」 names the things compared with と: search for each of them.
  const named = compared !== asked ? compared.replace(/(?<=[^\s\p{Script=Hiragana}])と(?=[^\s\p{Script=Hiragana}])/gu, ' ') : compared;
  return named !== trimmed ? named || undefined : undefined;
}

/** A closing word that asks for a comparison, after a space or の (never inside a word: 間違い keeps its 違い). */
const comparisonWord = /(?:\s|(?<=\S)の)(?:違い|ちがい|比較|差)(?:は|を知りたい)?$/u;
