import { join, resolve } from 'node:path';

/**
 * The folder that holds all content: `content/` at the project root, or the folder named by
 * CONTENT_DIR, which the benchmark and build fixtures use to build other content.
 */
export function contentRoot(): string {
  return resolve(process.env.CONTENT_DIR ?? 'content');
}

/** A path inside the content folder. */
export function contentPath(...parts: string[]): string {
  return join(contentRoot(), ...parts);
}
