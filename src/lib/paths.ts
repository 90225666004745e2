import { resolve, sep } from 'node:path';

/** Whether `path` lies inside `folder` (both resolved against the working directory). */
export function isInside(path: string, folder: string): boolean {
  return resolve(path).startsWith(resolve(folder) + sep);
}
