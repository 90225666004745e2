import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Several tests run the whole content check (every file through the MDX pipeline, the analyser's
    // dictionary for furigana): on a busy two-core machine one took over 5 s, Vitest's default limit.
    testTimeout: 30_000,
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
  },
});
