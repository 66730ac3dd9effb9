/** Timing helpers for the benchmark: wall-clock milliseconds and percentiles. */

export function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/** p50 of `runs` sequential calls of `fn`, after `warmup` unmeasured ones. */
export async function p50Of(runs: number, warmup: number, fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    samples.push(ms(start));
  }
  return percentile(samples, 50);
}

export const round = (value: number, digits = 2): number => Math.round(value * 10 ** digits) / 10 ** digits;

/** One line of the bench's goal table: "-" for information only, PASS/FAIL for a goal. */
export interface BenchRow {
  check: string;
  value: string;
  ratio: number | null;
  target: string;
  result: "PASS" | "FAIL" | "-";
}

export const verdict = (ok: boolean): BenchRow["result"] => (ok ? "PASS" : "FAIL");
