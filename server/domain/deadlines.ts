/**
 * Deadline math. Durations are exact elapsed time in UTC (24h = 24×60 minutes). A deadline
 * has passed once `now` reaches it: at `due` exactly the deadline is over.
 */
export function dueAfter(start: Date, windowMs: number): Date {
  return new Date(start.getTime() + windowMs);
}

export function isPastDue(due: Date, now: Date): boolean {
  return now.getTime() >= due.getTime();
}

export function msLeft(due: Date, now: Date): number {
  return due.getTime() - now.getTime();
}

/** Urgency tiers of the warning queue (工单预警). */
export const urgencyTiers = ["overdue", "under_2h", "under_6h", "under_24h", "later"] as const;
export type UrgencyTier = (typeof urgencyTiers)[number];

const HOUR = 60 * 60 * 1000;

export function urgencyOf(due: Date, now: Date): UrgencyTier {
  const left = msLeft(due, now);
  if (left <= 0) return "overdue";
  if (left <= 2 * HOUR) return "under_2h";
  if (left <= 6 * HOUR) return "under_6h";
  if (left <= 24 * HOUR) return "under_24h";
  return "later";
}
