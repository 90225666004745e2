import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { ContentError } from './content-error.ts';
import { describeIssue } from './schema-messages.ts';

/** Reads a YAML data file and validates it, naming the line of the first mistake. */
export function loadYamlFile<Schema extends z.ZodType>(path: string, schema: Schema): z.output<Schema> {
  const text = readFileSync(path, 'utf8');
  return parseYamlData(text, relative(process.cwd(), resolve(path)), schema);
}

/** Parses YAML text (already read) and validates it against `schema`. */
export function parseYamlData<Schema extends z.ZodType>(text: string, file: string, schema: Schema): z.output<Schema> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const syntaxError = doc.errors[0];
  if (syntaxError) {
    const at = lineCounter.linePos(syntaxError.pos[0]);
    throw new ContentError(file, `YAMLの書き方に誤りがあります: ${syntaxError.message.split('\n')[0]}`, at.line ? { line: at.line, column: at.col } : undefined);
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  throw new ContentError(file, describeIssue(issue), positionOf(doc, path, lineCounter));
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
