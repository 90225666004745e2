import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError } from '../../../src/lib/content/content-error.ts';
import { isOfficialText } from '../../../src/lib/content/official-text.ts';

/** Japanese numerals and English number words, as a sentence may write a count. */
const numberWords: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

const valueOf = (written: string): number => numberWords[written.toLowerCase()] ?? Number(written.normalize('NFKC'));

/**
 * Ways a sentence states how many forms of collaboration there are: 「8つの形態」「8つの協働の形」
 * 「協働の形を8つ」「8つに分けて」 (in a sentence about 形態 or 協働の形), "eight forms".
 */
const countPatterns: readonly RegExp[] = [
  /([0-9０-９]+|[一二三四五六七八九十])つの(?:協働の)?(?:形態|形)(?![成式])/u,
  /(?:形態|協働の形)を([0-9０-９]+|[一二三四五六七八九十])つ/u,
  /([0-9０-９]+|[一二三四五六七八九十])つに(?:分け|数え)/u,
  /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:forms|types) of collaboration\b/iu,
  /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten) forms\b/iu,
];

/** Whether a sentence says the count is this site's (or its guidebook's) way of counting, not the guideline's. */
const saysItIsOurs = (sentence: string) => /このサイト|このガイドブック|ここでは|this site/iu.test(sentence);

/** Whether the words around a 「…つに分けて」 are about the forms (not chapters or steps). */
const aboutForms = (sentence: string) => /形態|協働の形|forms/iu.test(sentence);

/** Our own text files under the content folder: every MDX and YAML file but the guideline's official wording. */
function ourFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx') || name.endsWith('.yaml'))
    .map((name) => join(root, name))
    .filter((file) => !isOfficialText(file, root))
    .sort();
}

/**
 * The number of forms is this site's model: the guideline's summary lists the forms without
 * counting them, and the site counts 実行委員会 and 協議会 apart. So every sentence of our own
 * text that states the number must give the number of form pages (`formCount`, from
 * content/forms/) and say that the count is this site's (「このサイトでは…8つに分けて説明します」),
 * never the guideline's (「指針は8つ挙げています」). Each problem names the file, line and column.
 */
export function checkFormCount(root: string, formCount: number): ContentError[] {
  const problems: ContentError[] = [];
  for (const path of ourFiles(root)) {
    const file = relative(process.cwd(), path);
    const yaml = path.endsWith('.yaml');
    readFileSync(path, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        // YAML comments are notes to editors, not text a reader sees.
        if (yaml && /^\s*#/u.test(line)) return;
        let offset = 0;
        for (const sentence of line.split(/(?<=[。.!?])/u)) {
          for (const pattern of countPatterns) {
            const match = pattern.exec(sentence);
            if (!match || !aboutForms(sentence)) continue;
            const place = { line: index + 1, column: offset + match.index + 1 };
            const count = valueOf(match[1]!);
            if (count !== formCount) {
              problems.push(new ContentError(file, `「${match[0]}」: このサイトが説明する協働の形態は、content/forms/ のページの数の ${formCount} つです。数を合わせてください。`, place));
            } else if (!saysItIsOurs(sentence)) {
              problems.push(
                new ContentError(file, `「${match[0]}」: 形態の数はこのサイトの数え方です（指針の概要版は形態を並べるだけで、数を挙げていません）。「このサイトでは${formCount}つに分けて説明します」のように、同じ文の中で、このサイトの数え方だと書いてください。`, place),
              );
            }
            break;
          }
          offset += sentence.length;
        }
      });
  }
  return problems;
}
