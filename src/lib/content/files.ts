import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { entryId } from '../routes.ts';
import { collectionFolders, dataFilePaths, type CollectionName, type ContentIds } from '../schemas/collections.ts';

/** Whether `path` lies inside `folder` (both resolved against the working directory). */
export function isInside(path: string, folder: string): boolean {
  return resolve(path).startsWith(resolve(folder) + sep);
}

/** Every MDX file of a collection under the content root, as paths relative to its folder, sorted. */
export function mdxFilesOf(root: string, collection: CollectionName): string[] {
  try {
    return readdirSync(join(root, collectionFolders[collection]), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.mdx'))
      .sort();
  } catch {
    return [];
  }
}

/**
 * The ids other entries may refer to, read from the content folder: the form and principle
 * pages that exist (their ids as Astro gives them) and the steps in process-steps.yaml.
 * A broken steps file gives no ids here; the content check reports it with its line.
 */
export function readContentIds(root: string): ContentIds {
  const idsOf = (collection: CollectionName) => mdxFilesOf(root, collection).map(entryId);
  let processSteps: string[] = [];
  try {
    const steps: unknown = parseYaml(readFileSync(join(root, dataFilePaths.processSteps), 'utf8'));
    if (Array.isArray(steps)) processSteps = steps.map((step) => (step as { id?: unknown })?.id).filter((id): id is string => typeof id === 'string');
  } catch {
    // Missing or unreadable: reported by the content check.
  }
  return { forms: idsOf('forms'), principles: idsOf('principles'), processSteps, guidebook: idsOf('guidebook'), guideline: idsOf('guideline') };
}
