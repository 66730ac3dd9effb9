/**
 * What the deadline sweeper does with a record whose consequence keeps failing: it backs off
 * exponentially (first retry after 5 s, doubling, at most an hour apart) instead of retrying
 * it every sweep, and from the third failed attempt on shows it to admins as stuck.
 */
export const SWEEP_RETRY_BASE_MS = 5_000;
export const SWEEP_RETRY_MAX_MS = 3_600_000;
export const STUCK_AFTER_ATTEMPTS = 3;
/**
 * A failure entry whose record has not been claimed for this long after its next attempt fell
 * due is settled (the record is no longer due). Far longer than the gap between a sweeper
 * claiming a record and locking its entry, so a concurrent sweeper never prunes a live entry.
 */
export const SWEEP_PRUNE_AFTER_MS = 60_000;
/** The stuck list shows at most this many, longest stuck first. */
export const STUCK_LIST_LIMIT = 200;
/** Operators read the stored error; anything longer is cut here. */
export const SWEEP_ERROR_MAX_CHARS = 2_000;

/** When a record that has now failed `attempts` times (≥ 1) is tried again. */
export function nextSweepAttemptAt(attempts: number, failedAt: Date): Date {
  const exponent = Math.max(0, Math.min(attempts - 1, 30));
  const delay = Math.min(SWEEP_RETRY_BASE_MS * 2 ** exponent, SWEEP_RETRY_MAX_MS);
  return new Date(failedAt.getTime() + delay);
}

export function isStuck(attempts: number): boolean {
  return attempts >= STUCK_AFTER_ATTEMPTS;
}

/** The text kept for operators: the error's stack (or message), at most SWEEP_ERROR_MAX_CHARS long. */
export function sweepErrorText(error: unknown): string {
  const text = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return text.length > SWEEP_ERROR_MAX_CHARS ? `${text.slice(0, SWEEP_ERROR_MAX_CHARS - 1)}…` : text;
}
