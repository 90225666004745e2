import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

/** A hard word the やさしい日本語 pages avoid, and a plainer way to say it. */
export interface HardWord {
  word: string;
  plain: string;
}

/** The list of hard words (yasashii-words.yml at the project root). */
export function loadHardWords(path: string): HardWord[] {
  return parseYaml(readFileSync(path, 'utf8')) as HardWord[];
}

/**
 * Hard words used on a plain-Japanese page without being explained there. A page may keep a
 * hard word it needs if it explains it once, as 「〇〇とは、…」 (the guideline's key terms are
 * kept that way); otherwise each use is reported with its line and a plainer word.
 */
export function unexplainedHardWords(text: string, words: readonly HardWord[]): { line: number; column: number; message: string }[] {
  const problems: { line: number; column: number; message: string }[] = [];
  const lines = text.split('\n');
  for (const { word, plain } of words) {
    if (text.includes(`${word}とは`)) continue;
    lines.forEach((content, index) => {
      let at = content.indexOf(word);
      while (at !== -1) {
        problems.push({ line: index + 1, column: at + 1, message: `「${word}」は難しい言葉です。「${plain}」などに言い換えるか、このページで最初に「${word}とは、…」と説明してください` });
        at = content.indexOf(word, at + word.length);
      }
    });
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
