import { ms, percentile, round } from "./stats";

export interface LoadResult {
  url: string;
  requests: number;
  concurrency: number;
  p50: number;
  p95: number;
  rps: number;
  errors: number;
}

/**
 * A bounded closed-loop load: `total` GETs of `url` by `concurrency` workers, after `warmup`
 * unmeasured ones. Only 127.0.0.1 is allowed.
 */
export async function load(
  url: string,
  opts: { total: number; concurrency: number; warmup: number },
): Promise<LoadResult> {
  if (new URL(url).hostname !== "127.0.0.1") throw new Error(`bench traffic must stay on 127.0.0.1: ${url}`);
  const once = async (): Promise<boolean> => {
    const response = await fetch(url);
    await response.arrayBuffer();
    return response.ok;
  };
  for (let i = 0; i < opts.warmup; i++) {
    if (!(await once())) throw new Error(`warm-up request failed: ${url}`);
  }
  const samples: number[] = [];
  let next = 0;
  let errors = 0;
  const worker = async () => {
    while (next < opts.total) {
      next++;
      const start = process.hrtime.bigint();
      const ok = await once();
      samples.push(ms(start));
      if (!ok) errors++;
    }
  };
  const start = process.hrtime.bigint();
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  const elapsed = ms(start);
  return {
    url: new URL(url).pathname,
    requests: samples.length,
    concurrency: opts.concurrency,
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    rps: round((samples.length / elapsed) * 1000, 1),
    errors,
  };
}
