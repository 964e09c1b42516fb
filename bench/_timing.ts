/** What the benchmarks share to time things: quantiles of a list of times, and timed repeats after a warm-up run. */

/** The `q` quantile (0.5 the median) of `xs`, by rank: the value at ⌊q·n⌋ of the sorted list. */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

export const median = (xs: readonly number[]): number => quantile(xs, 0.5);

/** Run `fn` once to warm (data files, caches, a first Chromium start), then `reps` times: the milliseconds of each. */
export async function timeRuns(fn: () => Promise<unknown>, reps: number): Promise<number[]> {
  await fn();
  const xs: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    await fn();
    xs.push(performance.now() - t);
  }
  return xs;
}
