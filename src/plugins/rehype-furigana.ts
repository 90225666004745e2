import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { ReadingOverride } from '../lib/schemas/readings.ts';
import { createAnnotator } from '../lib/furigana/annotate.ts';
import type { RubySegment } from '../lib/furigana/okurigana.ts';
import { hasKanji } from '../lib/text/kana.ts';

/** Elements whose text never gets furigana: annotations themselves, code, and what is not text. */
const skipped = new Set(['ruby', 'rt', 'rp', 'code', 'pre', 'script', 'style', 'svg', 'math', 'template', 'title', 'head']);

/** The attribute that marks where furigana go: a layout puts it on the part of the page written in やさしい日本語. */
export const furiganaAttribute = 'data-furigana';

/** A word with kanji that neither the analyser nor content/readings.yaml can read. */
export class UnknownReadingsError extends Error {
  constructor(readonly words: readonly string[], where: string) {
    super(`${where}: 次の語の読みが分かりません: ${words.map((word) => `「${word}」`).join('、')}。content/readings.yaml に「word: 語」と「reading: よみ（ひらがな）」を足してください。`);
  }
}

const isWbr = (node: RootContent) => node.type === 'element' && node.tagName === 'wbr';
const wbr = (): Element => ({ type: 'element', tagName: 'wbr', properties: {}, children: [] });
const rubyOf = (segment: RubySegment): ElementContent =>
  segment.reading === undefined
    ? { type: 'text', value: segment.base }
    : { type: 'element', tagName: 'ruby', properties: {}, children: [{ type: 'text', value: segment.base }, { type: 'element', tagName: 'rt', properties: {}, children: [{ type: 'text', value: segment.reading }] }] };

/**
 * Adds furigana as `<ruby>` to every word with kanji inside elements marked `data-furigana`
 * (or the whole tree with `everywhere`). Text that phrase breaks split with `<wbr>` is read as
 * one run, so a word keeps its context, and the breaks are put back between words. Fails,
 * naming the words, when a reading is unknown: the やさしい日本語 edition never ships a kanji
 * without its reading.
 */
export default function rehypeFurigana(options: { overrides: readonly ReadingOverride[]; everywhere?: boolean; where?: string }) {
  const annotate = createAnnotator(options.overrides);
  const unknown = new Set<string>();

  /** Reads one run of text (with the offsets of the breaks inside it) and returns its nodes. */
  const readRun = async (text: string, breaks: number[]): Promise<ElementContent[]> => {
    if (!hasKanji(text)) return withBreaks([{ base: text }], breaks);
    const annotated = await annotate(text);
    annotated.unknown.forEach((word) => unknown.add(word));
    return withBreaks(annotated.segments, breaks);
  };

  const visit = async (parent: Root | Element, marked: boolean): Promise<void> => {
    const children: ElementContent[] = [];
    let run: { text: string; breaks: number[] } | undefined;
    const flush = async () => {
      if (run) children.push(...(await readRun(run.text, run.breaks)));
      run = undefined;
    };
    for (const child of parent.children as RootContent[]) {
      if (marked && child.type === 'text') {
        run ??= { text: '', breaks: [] };
        run.text += child.value;
      } else if (marked && run && isWbr(child)) {
        run.breaks.push(run.text.length);
      } else {
        await flush();
        if (child.type === 'element' && !skipped.has(child.tagName)) await visit(child, marked || options.everywhere === true || child.properties?.dataFurigana !== undefined);
        children.push(child as ElementContent);
      }
    }
    await flush();
    parent.children = children as typeof parent.children;
  };

  return async (tree: Root) => {
    await visit(tree, options.everywhere === true);
    if (unknown.size > 0) throw new UnknownReadingsError([...unknown], options.where ?? 'ふりがな');
  };
}

/** The segments as nodes, with a `<wbr>` at each break that falls between words (a break inside a word is dropped). */
function withBreaks(segments: RubySegment[], breaks: number[]): ElementContent[] {
  const nodes: ElementContent[] = [];
  let offset = 0;
  for (const segment of segments) {
    const end = offset + segment.base.length;
    const inside = breaks.filter((at) => at > offset && at < end);
    if (breaks.includes(offset) && offset > 0) nodes.push(wbr());
    if (segment.reading === undefined && inside.length > 0) {
      // Plain text: split it at the breaks.
      let from = 0;
      for (const at of inside) {
        nodes.push({ type: 'text', value: segment.base.slice(from, at - offset) }, wbr());
        from = at - offset;
      }
      nodes.push({ type: 'text', value: segment.base.slice(from) });
    } else {
      nodes.push(rubyOf(segment));
    }
    offset = end;
  }
  return nodes;
}
