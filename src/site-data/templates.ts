import { contentRoot } from 'virtual:kyodo/build';
import { ContentErrors } from '../lib/content/content-error.ts';
import { loadTemplates, type Template } from '../lib/templates/template-files.ts';

let loaded: Template[] | undefined;

/**
 * The forms of the 様式集 (content/templates/), read once per build. The content check has
 * reported any mistake before Astro runs; one found here still stops the build, naming the file.
 */
export function templates(): Template[] {
  if (!loaded) {
    const { templates: forms, problems } = loadTemplates(contentRoot);
    if (problems.length > 0) throw new ContentErrors(problems);
    loaded = forms;
  }
  return loaded;
}
