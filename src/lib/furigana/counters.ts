/**
 * Readings of a kanji counter after a number, which the analyser reads as a word on its own
 * (月 as つき in 5月, 日 as にち in 20日, 人 as にん in 2人). Written out by hand from the
 * ordinary readings of Japanese dates and counts.
 */
const counterReadings: Record<string, string> = {
  月: 'がつ',
  日: 'にち',
  年: 'ねん',
  人: 'にん',
  章: 'しょう',
  回: 'かい',
  割: 'わり',
  条: 'じょう',
  時: 'じ',
  歳: 'さい',
  件: 'けん',
  名: 'めい',
  号: 'ごう',
  枚: 'まい',
};

/** Numbers whose counter reading is irregular: the reading covers the number and the counter together (20日 → はつか). */
const irregular: Record<string, string> = {
  '1日': 'ついたち',
  '2日': 'ふつか',
  '3日': 'みっか',
  '4日': 'よっか',
  '5日': 'いつか',
  '6日': 'むいか',
  '7日': 'なのか',
  '8日': 'ようか',
  '9日': 'ここのか',
  '10日': 'とおか',
  '14日': 'じゅうよっか',
  '20日': 'はつか',
  '24日': 'にじゅうよっか',
  '1人': 'ひとり',
  '2人': 'ふたり',
  '4人': 'よにん',
  '4月': 'しがつ',
  '7月': 'しちがつ',
  '9月': 'くがつ',
  '4年': 'よねん',
  '4時': 'よじ',
  '7時': 'しちじ',
  '9時': 'くじ',
};

/** A number in Arabic digits (half or full width) followed by one of the counters above. */
export const counterPattern = new RegExp(`[0-9０-９]+[${Object.keys(counterReadings).join('')}]`, 'u');

/** The furigana of a number and its counter: over both when irregular, else over the counter only. */
export function readCounter(text: string): { base: string; reading?: string }[] {
  const digits = text.slice(0, -1).replace(/[０-９]/gu, (digit) => String.fromCodePoint(digit.codePointAt(0)! - 0xfee0));
  const counter = text.at(-1)!;
  const whole = irregular[`${digits}${counter}`];
  if (whole !== undefined) return [{ base: text, reading: whole }];
  return [{ base: text.slice(0, -1) }, { base: counter, reading: counterReadings[counter]! }];
}
