import { expect, test } from 'vitest';
import { createAnnotator } from '../../src/lib/furigana/annotate.ts';
import { splitOkurigana } from '../../src/lib/furigana/okurigana.ts';
import { validateYamlData } from '../../src/lib/content/yaml.ts';
import { readingsSchema } from '../../src/lib/schemas/readings.ts';
import { dataFile } from '../helpers/content.ts';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import rehypeFurigana, { UnknownReadingsError } from '../../src/plugins/rehype-furigana.ts';

/** Segments written as 話(はな)し合(あ)い: base with its reading in brackets, okurigana outside. */
const spelled = (segments: { base: string; reading?: string }[]) => segments.map((segment) => (segment.reading ? `${segment.base}(${segment.reading})` : segment.base)).join('');

const withOverrides = createAnnotator(dataFile('readings'));
const analyserOnly = createAnnotator([]);

/** Words and their furigana, written by hand: the oracle for the readings the pages show. */
const expectedReadings: [string, string][] = [
  ['協働', '協働(きょうどう)'],
  ['練馬区', '練馬(ねりま)区(く)'],
  ['区民', '区民(くみん)'],
  ['町会・自治会', '町会(ちょうかい)・自治(じち)会(かい)'],
  ['後援名義の付与', '後援名義(こうえんめいぎ)の付与(ふよ)'],
  ['話し合いを進めます', '話(はな)し合(あ)いを進(すす)めます'],
  ['意見を取り入れる', '意見(いけん)を取(と)り入(い)れる'],
  ['10月20日に', '10月(がつ)20日(はつか)に'],
  ['5月25日から', '5月(がつ)25日(にち)から'],
  ['代表：2人', '代表(だいひょう)：2人(ふたり)'],
  ['章ごとのページ', '章(しょう)ごとのページ'],
  ['区の職員の考えと力を高める', '区(く)の職員(しょくいん)の考(かんが)えと力(ちから)を高(たか)める'],
  ['協働事業提案制度', '協働(きょうどう)事業(じぎょう)提案(ていあん)制度(せいど)'],
];

test.each(expectedReadings)('%s is read as %s', async (text, expected) => {
  const { segments, unknown } = await withOverrides(text);
  expect(unknown).toEqual([]);
  expect(spelled(segments)).toBe(expected);
});

test('the analyser alone gets these wrong, which is why content/readings.yaml lists them', async () => {
  // 協働 is not in the IPA dictionary: it splits into 協 and a 働 without a reading.
  expect((await analyserOnly('協働')).unknown).toEqual(['働']);
  // A lone 章 is read as the given name あきら.
  expect(spelled((await analyserOnly('章ごと')).segments)).toBe('章(あきら)ごと');
  // Without its sentence, 考え is read こう: why text split by phrase breaks is read as one run.
  expect(spelled((await analyserOnly('考えと')).segments)).toContain('考(こう)');
});

test('okurigana stay outside the ruby, and a reading that does not fit the word is refused', () => {
  expect(splitOkurigana('話し合い', 'はなしあい')).toEqual([{ base: '話', reading: 'はな' }, { base: 'し' }, { base: '合', reading: 'あ' }, { base: 'い' }]);
  expect(splitOkurigana('話し合い', 'はなしあう')).toBeUndefined();
});

test('content/readings.yaml refuses a reading in katakana, a word without kanji, a duplicate and a reading that does not fit', () => {
  const problems = (yaml: string) => validateYamlData(yaml, 'content/readings.yaml', readingsSchema).problems.map(String).join('\n');
  expect(problems('- word: 協働\n  reading: キョウドウ\n')).toMatch(/readings.yaml:2:.*ひらがなだけ/);
  expect(problems('- word: ことば\n  reading: ことば\n')).toMatch(/漢字を含む語/);
  expect(problems('- word: 協働\n  reading: きょうどう\n- word: 協働\n  reading: きょうどう\n')).toMatch(/1 番目にもあります/);
  expect(problems('- word: 話し合い\n  reading: はなしあう\n')).toMatch(/送りがな/);
});

test('the rehype plugin puts ruby only inside the marked part, never inside code or an existing ruby', async () => {
  const tree = fromHtml('<p>地域</p><main data-furigana><h1>協働の原則</h1><code>区民</code><ruby>区<rt>く</rt></ruby></main>', { fragment: true });
  await rehypeFurigana({ overrides: dataFile('readings') })(tree);
  expect(toHtml(tree)).toBe('<p>地域</p><main data-furigana=""><h1><ruby>協働<rt>きょうどう</rt></ruby>の<ruby>原則<rt>げんそく</rt></ruby></h1><code>区民</code><ruby>区<rt>く</rt></ruby></main>');
});

test('text split by phrase breaks is read as one run, and the breaks stay between words', async () => {
  // The heading as rehype-phrase-breaks leaves it: alone, 「考えと」 would be read こう.
  const tree = fromHtml('<main data-furigana><h3>区の<wbr>職員の<wbr>考えと<wbr>力を<wbr>高める</h3></main>', { fragment: true });
  await rehypeFurigana({ overrides: [] })(tree);
  expect(toHtml(tree)).toBe(
    '<main data-furigana=""><h3><ruby>区<rt>く</rt></ruby>の<wbr><ruby>職員<rt>しょくいん</rt></ruby>の<wbr><ruby>考<rt>かんが</rt></ruby>えと<wbr><ruby>力<rt>ちから</rt></ruby>を<wbr><ruby>高<rt>たか</rt></ruby>める</h3></main>',
  );
});

test('a word nobody can read fails with the word and what to do', async () => {
  const tree = fromHtml('<main data-furigana><p>協働の𠮷</p></main>', { fragment: true });
  await expect(rehypeFurigana({ overrides: [], where: '/yasashii/test/' })(tree)).rejects.toThrow(UnknownReadingsError);
  await expect(rehypeFurigana({ overrides: [], where: '/yasashii/test/' })(fromHtml('<main data-furigana><p>協働</p></main>', { fragment: true }))).rejects.toThrow(
    '/yasashii/test/: 次の語の読みが分かりません: 「働」。content/readings.yaml に「word: 語」と「reading: よみ（ひらがな）」を足してください。',
  );
});
