import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { LineCounter, parseDocument, isMap, isNode, isScalar, type Document } from 'yaml';
import type { z } from 'zod';
import { ContentError, ContentErrors } from './content-error.ts';
import { describeIssue } from '../schemas/messages.ts';

/** Reads a YAML data file and validates it; mistakes throw, each naming its line. */
export function loadYamlFile<Schema extends z.ZodType>(path: string, schema: Schema): z.output<Schema> {
  const text = readFileSync(path, 'utf8');
  return parseYamlData(text, relative(process.cwd(), resolve(path)), schema);
}

/** Parses and validates YAML text; throws {@link ContentErrors} listing every mistake. */
export function parseYamlData<Schema extends z.ZodType>(text: string, file: string, schema: Schema, firstLine = 1): z.output<Schema> {
  const result = validateYamlData(text, file, schema, firstLine);
  if (result.problems.length > 0) throw new ContentErrors(result.problems);
  return result.data as z.output<Schema>;
}

/**
 * Parses YAML text and validates it against `schema`, returning every mistake with its line.
 * `firstLine` is where the YAML starts in its file (2 for frontmatter below `---`).
 */
export function validateYamlData<Schema extends z.ZodType>(
  text: string,
  file: string,
  schema: Schema,
  firstLine = 1,
): { data: z.output<Schema> | undefined; problems: ContentError[] } {
  const shift = (place: { line: number; column: number } | undefined) => place && { line: place.line + firstLine - 1, column: place.column };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error) => {
      const at = lineCounter.linePos(error.pos[0]);
      return new ContentError(file, `YAMLの書き方に誤りがあります: ${error.message.split('\n')[0]}`, shift({ line: at.line, column: at.col }));
    });
    return { data: undefined, problems };
  }
  // reportInput lets the message say what the author wrote instead.
  const result = schema.safeParse(doc.toJS(), { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    const place = issue.code === 'unrecognized_keys' ? positionOfKey(doc, path, issue.keys[0]!, lineCounter) : positionOf(doc, path, lineCounter);
    return new ContentError(file, describeIssue(issue), shift(place));
  });
  return { data: undefined, problems };
}

/** Finds the line of a key in the map at `path`: where a misspelt key stands. */
function positionOfKey(doc: Document, path: (string | number)[], key: string, lineCounter: LineCounter) {
  const map = path.length === 0 ? doc.contents : doc.getIn(path, true);
  const pair = isMap(map) ? map.items.find((item) => isScalar(item.key) && item.key.value === key) : undefined;
  if (pair && isNode(pair.key) && pair.key.range) {
    const at = lineCounter.linePos(pair.key.range[0]);
    return { line: at.line, column: at.col };
  }
  return positionOf(doc, path, lineCounter);
}

/** Finds the line of the deepest node that exists along `path`, so a missing key points at its parent. */
function positionOf(doc: Document, path: (string | number)[], lineCounter: LineCounter) {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) {
      const at = lineCounter.linePos(node.range[0]);
      return { line: at.line, column: at.col };
    }
  }
  return undefined;
}

/** The line and column of the value at `path` in YAML text (or of its deepest existing parent), for problems found after validation. */
export function positionInYaml(text: string, path: (string | number)[]): { line: number; column: number } | undefined {
  const lineCounter = new LineCounter();
  return positionOf(parseDocument(text, { lineCounter }), path, lineCounter);
}
