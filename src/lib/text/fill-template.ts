/** Fills `{name}` in a template of src/lib/i18n/ja.ts with the values; unknown names stay as written. */
export const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));
