import { loadDefaultJapaneseParser } from 'budoux';

const parser = loadDefaultJapaneseParser();

/**
 * Splits Japanese text into phrases (文節) with BudouX, so a line may break between
 * phrases but not inside one: 「協働の／原則」, never 「協働の原／則」.
 */
export function splitPhrases(text: string): string[] {
  return parser.parse(text);
}
