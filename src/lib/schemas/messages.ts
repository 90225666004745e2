import type { z } from 'zod';

/** Plain-Japanese names for the kinds of value a schema expects, for editors rather than programmers. */
const kindNames: Record<string, string> = {
  string: '文字列',
  number: '数値',
  int: '整数',
  boolean: 'true または false',
  array: 'リスト（- で始まる行）',
  object: '項目のまとまり',
  date: '日付（例: 2026-04-01）',
  null: 'null',
};

/** What the value the author wrote looks like, in the same words as {@link kindNames}. */
function kindOf(value: unknown): string {
  if (value === undefined) return 'なし';
  if (value === null) return 'null';
  if (Array.isArray(value)) return kindNames.array!;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '日付として読めない値' : kindNames.date!;
  return kindNames[typeof value] ?? typeof value;
}

/** The dotted field name an editor sees in the file, e.g. `contact.phone` or `steps[2].title`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .filter((key): key is string | number => typeof key !== 'symbol')
    .map((key, index) => (typeof key === 'number' ? `[${key + 1}番目]` : index === 0 ? key : `.${key}`))
    .join('');
}

/** For a string that is too long, how long it is and by how much, so the editor knows how much to cut: （いまは55文字で、15文字多すぎます）. */
function overBy(issue: z.core.$ZodIssueTooBig): string {
  if (typeof issue.input !== 'string') return '';
  // Characters as a reader counts them (code points), as the pamphlet maker counts them too.
  const length = [...issue.input.trim()].length;
  return length > Number(issue.maximum) ? `（いまは${length}文字で、${length - Number(issue.maximum)}文字多すぎます）` : '';
}

/**
 * Turns one zod issue into a sentence an editor can act on:
 * which field, what is wrong, and what is allowed instead.
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const field = fieldName(issue.path);
  const subject = field ? `「${field}」` : 'この部分';
  switch (issue.code) {
    case 'invalid_type': {
      const expected = kindNames[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `${subject}がありません。${expected}で書いてください。`;
      return `${subject}は${expected}で書いてください（いまは${kindOf(issue.input)}です）。`;
    }
    case 'unrecognized_keys':
      return `${field ? `${subject}の中に` : ''}使えない項目${issue.keys.map((key) => `「${key}」`).join('')}があります。綴りを確かめてください。`;
    case 'invalid_value':
      return `${subject}に使える値は${issue.values.map((value) => `「${String(value)}」`).join('、')}のどれかです。`;
    case 'too_small':
      return issue.origin === 'array'
        ? `${subject}は${issue.minimum}個以上書いてください。`
        : issue.origin === 'string'
          ? `${subject}が空か短すぎます（${issue.minimum}文字以上）。`
          : `${subject}は${issue.minimum}以上にしてください。`;
    case 'too_big':
      return issue.origin === 'array'
        ? `${subject}は${issue.maximum}個までです。`
        : issue.origin === 'string'
          ? `${subject}は${issue.maximum}文字までです${overBy(issue)}。`
          : `${subject}は${issue.maximum}以下にしてください。`;
    case 'invalid_format':
      return `${subject}の形式が正しくありません（${issue.message}）。`;
    default:
      return `${subject}: ${issue.message}`;
  }
}
