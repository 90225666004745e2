import { loadDataFile } from './content/load-data-file.ts';
import { basePathOf } from './routes.ts';
import type { SiteSettings } from './schemas/site-settings.ts';

/**
 * What one build is: which content, draft or release, and content/site.yaml, read and validated
 * once. The entry points (scripts/build.ts, astro.config.mjs, the other scripts) make one and
 * pass it down; no module below them reads site.yaml or the environment for these again.
 */
export interface SiteBuild {
  /** The content folder (absolute): content/, or the one CONTENT_DIR names. */
  contentRoot: string;
  /** The folder of files served as they are (`public/`), which content links may point into. */
  publicDir: string;
  /** A release (`npm run build -- --release`) shows no placeholder and no 「公開前の確認用」. */
  release: boolean;
  /** content/site.yaml, validated. */
  settings: SiteSettings;
  /** The public URL's folder (`/`, or `/kusei/kyodo/shishin/`): Astro's base, and what a server serves the site under. */
  base: string;
}

/** A build of `settings` that the caller has already read (the build reads them in its content check). */
export function siteBuildWith(options: Omit<SiteBuild, 'settings' | 'base'>, settings: SiteSettings): SiteBuild {
  return { ...options, settings, base: basePathOf(settings.publicUrl) };
}

/** A build of the content at `contentRoot`, reading its site.yaml (a mistake throws, naming the file and line). */
export function readSiteBuild(options: Omit<SiteBuild, 'settings' | 'base'>): SiteBuild {
  return siteBuildWith(options, loadDataFile(options.contentRoot, 'siteSettings'));
}
