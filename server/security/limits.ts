/**
 * Request limits, each overridable by an environment variable (a positive integer).
 * The defaults are generous enough that people using the app, the browser stories and the
 * demo never meet them; they are there to stop floods and oversized bodies.
 */
export interface RequestLimits {
  /** Largest body accepted by /api/auth (ARBITER_MAX_AUTH_BODY_BYTES, default 8 KiB). */
  authBodyBytes: number;
  /** Largest body accepted by /api/trpc (ARBITER_MAX_BODY_BYTES, default 1 MiB). */
  trpcBodyBytes: number;
  /** Most calls in one tRPC batch (ARBITER_MAX_BATCH_SIZE, default 10). */
  trpcBatchSize: number;
  /** Requests per minute, per signed-in user and per client address. */
  mutationsPerUser: number;
  mutationsPerAddress: number;
  uploadsPerUser: number;
  uploadsPerAddress: number;
}

export const RATE_WINDOW_MS = 60_000;

const defaults: RequestLimits = {
  authBodyBytes: 8 * 1024,
  trpcBodyBytes: 1024 * 1024,
  trpcBatchSize: 10,
  mutationsPerUser: 120,
  mutationsPerAddress: 300,
  uploadsPerUser: 30,
  uploadsPerAddress: 60,
};

const envNames: Record<keyof RequestLimits, string> = {
  authBodyBytes: "ARBITER_MAX_AUTH_BODY_BYTES",
  trpcBodyBytes: "ARBITER_MAX_BODY_BYTES",
  trpcBatchSize: "ARBITER_MAX_BATCH_SIZE",
  mutationsPerUser: "ARBITER_RATE_MUTATIONS_PER_USER",
  mutationsPerAddress: "ARBITER_RATE_MUTATIONS_PER_ADDRESS",
  uploadsPerUser: "ARBITER_RATE_UPLOADS_PER_USER",
  uploadsPerAddress: "ARBITER_RATE_UPLOADS_PER_ADDRESS",
};

export function requestLimits(env: NodeJS.ProcessEnv = process.env): RequestLimits {
  const limits = { ...defaults };
  for (const name of Object.keys(envNames) as (keyof RequestLimits)[]) {
    const raw = env[envNames[name]]?.trim();
    const value = raw ? Number(raw) : NaN;
    if (Number.isInteger(value) && value > 0) limits[name] = value;
    else if (raw) console.warn(`[arbiter] ignoring ${envNames[name]}=${raw}: not a positive integer`);
  }
  return limits;
}
