import type { SiteSettings } from '../schemas/site-settings.ts';

/** Values from content/site.yaml that prose may show with `<SiteValue name="…" />`. */
export const siteValueNames = ['publisher', 'contact.department', 'contact.phone', 'contact.fax', 'contact.email', 'contact.address', 'contact.hours'] as const;

export type SiteValueName = (typeof siteValueNames)[number];

/** Plain-Japanese labels for placeholders: 〔未記入：担当部署〕. */
export const siteValueLabels: Record<SiteValueName, string> = {
  publisher: '発行者',
  'contact.department': '担当部署',
  'contact.phone': '電話番号',
  'contact.fax': 'ファクス番号',
  'contact.email': 'メールアドレス',
  'contact.address': '所在地',
  'contact.hours': '受付時間',
};

/** The value of a site setting by its dotted name; null while an editor has not filled it in. */
export function siteValue(settings: SiteSettings, name: SiteValueName): string | null {
  if (name === 'publisher') return settings.publisher;
  const key = name.slice('contact.'.length) as keyof SiteSettings['contact'];
  return settings.contact[key];
}
