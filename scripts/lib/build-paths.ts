import { resolve } from 'node:path';

/** Where the build writes: a staging folder, the published dist/, and a record of the last build. */
export function buildPaths(root: string) {
  return {
    /** The new build is assembled here and only moved to dist/ when every step passed. */
    staging: resolve(root, '.build/next'),
    /** The old dist/ while it is being replaced. */
    previous: resolve(root, '.build/previous'),
    /** The published site. */
    dist: resolve(root, 'dist'),
    /** Written after a successful build; the test command compares sources against it. */
    record: resolve(root, '.build/last-build.json'),
  };
}
