import type { DbOrTx } from "@/db/client";
import { clear, hit, release, retryAfterSeconds, type Hit } from "@/server/security/counters";

/** Sign-in attempts one client address may make on one account per window. */
export const ACCOUNT_MAX_ATTEMPTS = 5;
/** Failed sign-ins one client address may make across all accounts per window (password spraying). */
export const ADDRESS_MAX_FAILURES = 30;
/** A window starts with the first attempt and lasts 15 minutes. */
export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000;

/** The bucket for clients whose address cannot be known (no trusted proxy): one per account. */
const UNKNOWN_ADDRESS = "direct";

interface Held {
  key: string;
  resetAt: Date;
}

export type Reservation = { ok: true; account: Held; address: Held | null } | { ok: false; retryAfter: number };

export type Outcome = "success" | "failure" | "not_evaluated";

const accountKey = (email: string, address: string | null) => `signin:acct:${email}|${address ?? UNKNOWN_ADDRESS}`;
const addressKey = (address: string) => `signin:addr:${address}`;

/**
 * Reserves one sign-in attempt before the password is looked at. Each counter is bumped by
 * one atomic upsert, so with any number of parallel tries at most ACCOUNT_MAX_ATTEMPTS per
 * account and address (and ADDRESS_MAX_FAILURES per address) ever get a slot; the rest are
 * refused without evaluating the password. An unknown address shares one bucket per account.
 */
export async function reserveSignIn(
  db: DbOrTx,
  args: { email: string; address: string | null; now: Date },
): Promise<Reservation> {
  const { email, address, now } = args;
  const account = await hold(db, accountKey(email, address), now);
  if (account.count > ACCOUNT_MAX_ATTEMPTS) return { ok: false, retryAfter: retryAfterSeconds(account.resetAt, now) };
  if (!address) return { ok: true, account, address: null };
  const perAddress = await hold(db, addressKey(address), now);
  if (perAddress.count > ADDRESS_MAX_FAILURES) {
    await release(db, account.key, account.resetAt);
    return { ok: false, retryAfter: retryAfterSeconds(perAddress.resetAt, now) };
  }
  return { ok: true, account, address: perAddress };
}

/**
 * Settles a granted reservation: a failure keeps both counts; a success clears this
 * account+address window (failures from other addresses stay) and gives back the address
 * slot; an attempt that never reached the password check gives back both.
 */
export async function settleSignIn(
  db: DbOrTx,
  reservation: Extract<Reservation, { ok: true }>,
  outcome: Outcome,
): Promise<void> {
  if (outcome === "failure") return;
  if (outcome === "success") await clear(db, reservation.account.key);
  else await release(db, reservation.account.key, reservation.account.resetAt);
  if (reservation.address) await release(db, reservation.address.key, reservation.address.resetAt);
}

async function hold(db: DbOrTx, key: string, now: Date): Promise<Held & Hit> {
  const counted = await hit(db, key, now, LOCKOUT_WINDOW_MS);
  return { key, ...counted };
}
