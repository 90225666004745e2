import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ContentError } from '../../../src/lib/content/content-error.ts';
import { validateYamlData } from '../../../src/lib/content/yaml.ts';
import { eventFields, type EventDetails } from '../../../src/lib/print/event-fields.ts';

/** An event file for `npm run pamphlet`: the same fields as the maker's form, each optional, within its length. */
const eventFileSchema = z
  .object(Object.fromEntries(eventFields.map((field) => [field.key, z.string().trim().min(1).max(field.maxLength).nullable().default(null)])) as Record<keyof EventDetails, z.ZodDefault<z.ZodNullable<z.ZodString>>>)
  .strict();

/** Reads and checks an event file; a mistake throws ContentErrors naming the file, line and field. */
export function readEventFile(path: string, shownAs: string): EventDetails {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ContentError(shownAs, 'イベントのファイルが見つかりません。パスを確かめてください。');
  }
  const { data, problems } = validateYamlData(text, shownAs, eventFileSchema);
  if (problems.length > 0) throw new AggregateError(problems, problems.map(String).join('\n'));
  return data as EventDetails;
}
