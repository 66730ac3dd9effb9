/**
 * WO-TM-3: a contact record counts only if it is not earlier than the work order's creation —
 * compared to the millisecond. The reply form's time picker and the server share these rules,
 * so whatever the picker offers the server accepts.
 */
export function contactBeforeWorkOrder(at: Date, openedAt: Date): boolean {
  return at.getTime() < openedAt.getTime();
}

/** A contact time after `now` is refused (CONTACT_IN_FUTURE). */
export function contactInFuture(at: Date, now: Date): boolean {
  return at.getTime() > now.getTime();
}

const SECOND = 1000;

/**
 * The earliest time a picker precise to the second may offer: the creation instant rounded up
 * to its next whole second (created at 10:00:05.400 → 10:00:06; a whole second stays itself).
 */
export function earliestContactSecond(openedAt: Date): Date {
  return new Date(Math.ceil(openedAt.getTime() / SECOND) * SECOND);
}

/** The latest time such a picker may offer: `now` rounded down to its whole second. */
export function latestContactSecond(now: Date): Date {
  return new Date(Math.floor(now.getTime() / SECOND) * SECOND);
}
