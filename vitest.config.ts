import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Checks that run a whole tool over real content, not a unit: the content check (every file through
 * the MDX pipeline), textlint over our prose, Chromium laying out pages for the break check, font
 * subsetting, Word files written and read back, and the analyser's dictionary for furigana. They
 * make up nearly all of the unit tests' time (about 300 of 302 s on a busy two-core machine), so
 * they are a project of their own: `npx vitest run --project unit` is quick while editing, and
 * `npm test` (plain `vitest run`) runs both projects into one report.
 */
const slow = [
  'tests/unit/content-check.test.ts',
  'tests/unit/bench-scale.test.ts',
  'tests/unit/break-check.test.ts',
  'tests/unit/prose-check.test.ts',
  'tests/unit/print-fonts.test.ts',
  'tests/unit/templates.test.ts',
  'tests/unit/furigana.test.ts',
];

export default defineConfig({
  test: {
    // Several tests run the whole content check (every file through the MDX pipeline, the analyser's
    // dictionary for furigana): on a busy two-core machine one took over 5 s, Vitest's default limit.
    testTimeout: 30_000,
    // One worker per core, at least two: Vitest's default is one less than there are (one worker on these two-core machines).
    maxWorkers: Math.max(2, availableParallelism()),
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: slow } },
      { extends: true, test: { name: 'slow', include: slow } },
    ],
  },
});
