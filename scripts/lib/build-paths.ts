import { basename, dirname, resolve } from 'node:path';

/**
 * Where the build writes: a staging folder, the published site, and a record of the last build.
 * The site goes to dist/, or to SITE_DIST — the one variable that names the output — for the
 * tests' fixture builds and the benchmark, which must never touch the real dist/.
 */
export function buildPaths(root: string) {
  const dist = resolve(root, process.env.SITE_DIST ?? 'dist');
  const work = resolve(dirname(dist), '.build', basename(dist));
  return {
    /** The new build is assembled here and only moved into place when every step passed. */
    staging: `${work}-next`,
    /** The old site while it is being replaced. */
    previous: `${work}-previous`,
    /** The published site. */
    dist,
    /** Written after a successful build; the test command compares sources against it. */
    record: `${work}-last-build.json`,
  };
}
