import { and, count, eq, gt } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { signInFailures } from "@/db/schema";

/** After this many failed sign-ins for one e-mail within the window, sign-in is refused. */
export const MAX_FAILURES = 5;
export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000;

export async function isLockedOut(db: DbOrTx, email: string, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - LOCKOUT_WINDOW_MS);
  const [row] = await db
    .select({ n: count() })
    .from(signInFailures)
    .where(and(eq(signInFailures.email, email), gt(signInFailures.at, since)));
  return (row?.n ?? 0) >= MAX_FAILURES;
}

export async function recordFailure(db: DbOrTx, email: string, now: Date): Promise<void> {
  await db.insert(signInFailures).values({ id: crypto.randomUUID(), email, at: now });
}

export async function clearFailures(db: DbOrTx, email: string): Promise<void> {
  await db.delete(signInFailures).where(eq(signInFailures.email, email));
}
