/** The value below which `p` percent of the values fall (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const median = (values: readonly number[]) => percentile(values, 50);

/** Rounds for a table: seconds to 0.1, milliseconds to 0.1, bytes to whole numbers. */
export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
