const japaneseDate = new Intl.DateTimeFormat('ja-JP', { dateStyle: 'long', timeZone: 'Asia/Tokyo' });

/** 「2026年11月25日」 */
export function formatJapaneseDate(date: Date): string {
  return japaneseDate.format(date);
}

/** `2026-11-25`, for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
