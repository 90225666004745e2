import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import rehypeFurigana, { furiganaAttribute } from '../plugins/rehype-furigana.ts';
import { dataFile } from './data-files.ts';

/**
 * Furigana for a rendered page: every word with kanji inside the parts marked `data-furigana`
 * (the やさしい日本語 pages' main, a furigana pamphlet's sheets) gets its reading. Done on the
 * finished HTML, so the title, notices and contents the layout adds are read too, not only the
 * MDX body. Pages without the mark are returned as they are.
 */
export async function addFurigana(html: string, where: string): Promise<string> {
  if (!html.includes(furiganaAttribute)) return html;
  const tree = fromHtml(html);
  await rehypeFurigana({ overrides: dataFile('readings'), where })(tree);
  return toHtml(tree);
}
