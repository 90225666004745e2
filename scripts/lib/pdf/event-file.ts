import { readFileSync } from 'node:fs';
import { ContentError } from '../../../src/lib/content/content-error.ts';
import { validateYamlData } from '../../../src/lib/content/yaml.ts';
import type { EventDetails } from '../../../src/lib/print/event-fields.ts';
import type { PamphletFormatName } from '../../../src/lib/print/formats.ts';
import { eventFileSchema } from '../../../src/lib/schemas/pamphlet.ts';

/**
 * Reads and checks an event file for `npm run pamphlet` (the maker's fields, each optional, each
 * within what a pamphlet of `format` holds); a mistake throws, naming the file, line and field,
 * and for a value that is too long, by how many characters. Nothing is cut to fit.
 */
export function readEventFile(path: string, shownAs: string, format: PamphletFormatName): EventDetails {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ContentError(shownAs, 'イベントのファイルが見つかりません。パスを確かめてください。');
  }
  const { data, problems } = validateYamlData(text, shownAs, eventFileSchema(format));
  if (problems.length > 0) throw new AggregateError(problems, problems.map(String).join('\n'));
  return data as EventDetails;
}
