/**
 * Every interface string of the site, in one place. Components look strings up by key
 * through `t()` and never hard-code them, so wording is changed here only.
 */
export const ja = {
  'skipLink.label': '本文へ移動',
  'punctuation.colon': '：',
  'nav.label': 'メインメニュー',
  'nav.guideline': '指針',
  'nav.about': 'この文書について',
  'breadcrumbs.label': '現在の位置',
  'breadcrumbs.home': 'トップ',
  'toc.label': 'このページの目次',
  'pagination.label': '前後のページ',
  'pagination.previous': '前へ',
  'pagination.next': '次へ',
  'footer.updated': '最終更新日',
  'footer.contactHeading': 'お問い合わせ',
  'footer.department': '担当',
  'footer.phone': '電話',
  'footer.fax': 'ファクス',
  'footer.email': 'メール',
  'footer.address': '所在地',
  'footer.hours': '受付時間',
  'footer.links': 'このサイトについて',
  'footer.accessibility': 'アクセシビリティ方針',
  'footer.about': 'この文書について',
  'footer.sitemap': 'サイトマップ（XML）',
  'placeholder.unfilled': '未記入',
  'placeholder.description': '公開前に編集者が記入する項目です',
  'completion.before': '補記ここから',
  'completion.after': '補記ここまで',
  'completion.notice': '〔 〕内は、概要版の原文が途中で切れている箇所を、編集者が文脈から最小限補った語句です。',
  'completion.noticeLink': '補った箇所の一覧',
  'guideline.contents': '目次',
  'guideline.sourceNote': 'このページの本文は「練馬区区民との協働指針【概要版】」の文言のとおりです。',
  'completionList.caption': '原文を補った箇所',
  'completionList.number': '番号',
  'completionList.page': 'ページ',
  'completionList.before': '原文（途切れる直前）',
  'completionList.added': '補った語句',
  'home.description': '練馬区区民との協働指針の全文と、協働の進め方を掲載しています。区民、地域で活動する団体、区の職員のためのサイトです。',
  'home.audiencesHeading': 'どこから読むか',
  'notFound.title': 'ページが見つかりません',
  'notFound.description': 'お探しのページは見つかりませんでした。',
  'notFound.body': 'お探しのページは、移動したか削除された可能性があります。アドレスに誤りがないかお確かめください。',
  'notFound.home': 'トップページへ戻る',
  'notFound.guideline': '指針の目次を見る',
  'print.urlPrefix': 'URL',
} as const;

/** A key of the strings table. */
export type StringKey = keyof typeof ja;

/** Looks up an interface string; a missing key is a type error, not a blank on the page. */
export function t(key: StringKey): string {
  return ja[key];
}
