import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataFile } from '../../../src/lib/content/load-data-file.ts';
import { mdxFilesOf } from '../../../src/lib/content/files.ts';
import { collectionFolders } from '../../../src/lib/schemas/collections.ts';

/** One editorial target for the content as a whole, with what was found. */
export interface AcceptanceResult {
  /** What is measured, for the editor. */
  label: string;
  found: number;
  minimum: number;
}

/**
 * The amounts the first release was accepted with: a guidebook of at least nine chapters,
 * twenty checklist items, five case stories and 25,000 characters, and a glossary of thirty
 * terms. These are editorial targets, not rules of the text: an edit that goes below one is
 * not a mistake in a file, so this check runs apart from the content check and the tests, and
 * says which target and by how much.
 */
export function measureContent(root: string): AcceptanceResult[] {
  const chapters = mdxFilesOf(root, 'guidebook').map((name) => readFileSync(join(root, collectionFolders.guidebook, name), 'utf8'));
  const bodies = chapters.map((text) => text.replace(/^---[\s\S]*?\n---\n/, ''));
  const checklistItems = bodies.flatMap((body) => [...body.matchAll(/<Checklist[^>]*>([\s\S]*?)<\/Checklist>/g)].flatMap((match) => match[1]!.split('\n').filter((line) => /^\s*- /.test(line))));
  const stories = bodies.reduce((sum, body) => sum + (body.match(/<CaseStory\s/g)?.length ?? 0), 0);
  // Characters of text: markup, link targets and white space left out.
  const characters = bodies.map((body) => body.replace(/<[^>]+>/g, '').replace(/\]\([^)]*\)/g, ']').replace(/[\s#*\-[\]|>`]/g, '')).join('').length;
  return [
    { label: 'ガイドブックの章', found: chapters.length, minimum: 9 },
    { label: 'ガイドブックのチェックリストの項目', found: checklistItems.length, minimum: 20 },
    { label: 'ガイドブックの架空の事例', found: stories, minimum: 5 },
    { label: 'ガイドブックの本文の文字数', found: characters, minimum: 25_000 },
    { label: '用語集の用語', found: loadDataFile(root, 'glossary').terms.length, minimum: 30 },
  ];
}
