import type { SiteSettings } from '../schemas/site-settings.ts';

/** Values from content/site.yaml that prose may show with `<SiteValue name="…" />`. */
export const siteValueNames = [
  'publisher',
  'contact.department',
  'contact.phone',
  'contact.fax',
  'contact.email',
  'contact.address',
  'contact.hours',
  'guideline.adopted',
  'status.proposalSystem',
  'status.evaluation',
  'status.coordinator',
] as const;

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
  'guideline.adopted': '指針の策定年月',
  'status.proposalSystem': '協働事業提案制度の現在の状況',
  'status.evaluation': '協働事業評価制度の現在の状況',
  'status.coordinator': '協働のコーディネーターの現在の状況',
};

/** The value of a site setting by its dotted name; null while an editor has not filled it in. */
export function siteValue(settings: SiteSettings, name: SiteValueName): string | null {
  if (name === 'publisher') return settings.publisher;
  const [group, key] = name.split('.') as ['contact' | 'guideline' | 'status', string];
  return (settings[group] as Record<string, string | null>)[key] ?? null;
}
