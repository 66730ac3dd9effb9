import { DAY_MS } from "./time";

/** INV-3: the urge entry appears only after more than 10 days. */
export const URGE_AFTER_MS = 10 * DAY_MS;

/**
 * INV-3: when the urge-invoice entry (催开票) shows on the consumer's invoice page.
 * The invoice must still be unissued, and either the order completed and more than 10 days
 * passed since the request, or it is a supplementary request older than 10 days. "More than"
 * is strict: at exactly 10 days it is still hidden. Never earlier.
 *
 * Returns when it becomes available (for the "available from" hint), or null if it never
 * will under the current facts (issued/refused, or the order not completed).
 */
export function urgeAvailableAt(req: {
  status: "requested" | "issued" | "refused";
  supplementary: boolean;
  requestedAt: Date;
  orderCompletedAt: Date | null;
}): Date | null {
  if (req.status !== "requested") return null;
  if (!req.supplementary && !req.orderCompletedAt) return null;
  // Strictly more than 10 days: the first instant that qualifies is 10 days + 1 ms.
  return new Date(req.requestedAt.getTime() + URGE_AFTER_MS + 1);
}

export function canUrge(req: Parameters<typeof urgeAvailableAt>[0], now: Date): boolean {
  const at = urgeAvailableAt(req);
  return at !== null && now.getTime() >= at.getTime();
}
