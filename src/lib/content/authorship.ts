import { t, type StringKey } from '../i18n/ja.ts';

/**
 * A notice that says who wrote the site's own text: the editing department named in
 * content/site.yaml (`editor`), or — while that is empty — the same notice naming no one, so a
 * draft never credits a writer the ward has not confirmed.
 */
export function authoredNotice(named: StringKey, unnamed: StringKey, editor: string | null): string {
  return editor ? t(named).replaceAll('{editor}', editor) : t(unnamed);
}
