import { readFileSync } from 'node:fs';
import { ContentError } from '../../../src/lib/content/content-error.ts';
import { validateYamlData } from '../../../src/lib/content/yaml.ts';
import type { EventDetails } from '../../../src/lib/print/event-fields.ts';
import { eventDetailsSchema } from '../../../src/lib/schemas/pamphlet.ts';

/** Reads and checks an event file for `npm run pamphlet` (the maker's fields, each optional); a mistake throws, naming the file, line and field. */
export function readEventFile(path: string, shownAs: string): EventDetails {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ContentError(shownAs, 'イベントのファイルが見つかりません。パスを確かめてください。');
  }
  const { data, problems } = validateYamlData(text, shownAs, eventDetailsSchema);
  if (problems.length > 0) throw new AggregateError(problems, problems.map(String).join('\n'));
  return data as EventDetails;
}
