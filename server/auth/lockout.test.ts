import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { TEST_NOW, openTestDb } from "@/server/test/harness";
import {
  ACCOUNT_MAX_ATTEMPTS,
  ADDRESS_MAX_FAILURES,
  LOCKOUT_WINDOW_MS,
  reserveSignIn,
  settleSignIn,
  type Outcome,
} from "./lockout";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

const MINUTE_MS = 60_000;
const email = () => `lockout-${crypto.randomUUID()}@test.arbiter`;
const ip = () =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
const at = (ms: number) => new Date(TEST_NOW.getTime() + ms);

/** One attempt: reserve, and when granted settle with `outcome`. True when it was granted. */
async function attempt(
  account: string,
  address: string | null,
  now: Date,
  outcome: Outcome = "failure",
): Promise<boolean> {
  const reservation = await reserveSignIn(handle.db, { email: account, address, now });
  if (!reservation.ok) return false;
  await settleSignIn(handle.db, reservation, outcome);
  return true;
}

async function fail(account: string, address: string | null, times: number, now: (i: number) => Date): Promise<void> {
  for (let i = 0; i < times; i++) expect(await attempt(account, address, now(i))).toBe(true);
}

describe("sign-in lock-out per account and client address", () => {
  it("grants 5 attempts per account and address within 15 minutes and refuses the 6th", async () => {
    expect(ACCOUNT_MAX_ATTEMPTS).toBe(5);
    expect(LOCKOUT_WINDOW_MS).toBe(15 * MINUTE_MS);
    const account = email();
    const address = ip();
    await fail(account, address, 5, (i) => at(i * MINUTE_MS));
    const refused = await reserveSignIn(handle.db, { email: account, address, now: at(5 * MINUTE_MS) });
    // The window began at the first attempt and ends 15 minutes later: 10 minutes = 600 s left.
    expect(refused).toEqual({ ok: false, retryAfter: 600 });
  });

  it("keeps the lock until 1 ms before the window ends and lifts it when the window ends", async () => {
    const account = email();
    const address = ip();
    await fail(account, address, 5, () => at(0));
    expect(await attempt(account, address, at(15 * MINUTE_MS - 1))).toBe(false);
    expect(await attempt(account, address, at(15 * MINUTE_MS))).toBe(true);
    expect(await attempt(account, address, at(15 * MINUTE_MS + 1))).toBe(true);
  });

  it("lets the owner in from another address while one address is locked out of the account", async () => {
    const account = email();
    const attacker = ip();
    await fail(account, attacker, 5, () => at(0));
    expect(await attempt(account, attacker, at(1), "success")).toBe(false);
    expect(await attempt(account, ip(), at(2), "success")).toBe(true);
    // The owner's success does not unlock the attacker's address.
    expect(await attempt(account, attacker, at(3))).toBe(false);
  });

  it("stops password spraying: 30 failures from one address across accounts lock that address for every account", async () => {
    expect(ADDRESS_MAX_FAILURES).toBe(30);
    const address = ip();
    for (let i = 0; i < 30; i++) expect(await attempt(email(), address, at(i))).toBe(true);
    expect(await attempt(email(), address, at(31))).toBe(false);
    // Another address is not affected.
    expect(await attempt(email(), ip(), at(32))).toBe(true);
  });

  it("does not count successful sign-ins toward the address limit", async () => {
    const address = ip();
    for (let i = 0; i < 40; i++) expect(await attempt(email(), address, at(i), "success")).toBe(true);
    expect(await attempt(email(), address, at(41))).toBe(true);
  });

  it("a success clears this account's window for this address: 4 failures, a success, then 5 more are granted", async () => {
    const account = email();
    const address = ip();
    await fail(account, address, 4, () => at(0));
    expect(await attempt(account, address, at(1), "success")).toBe(true);
    await fail(account, address, 5, () => at(2));
    expect(await attempt(account, address, at(3))).toBe(false);
  });

  it("gives the slot back when the password was never checked", async () => {
    const account = email();
    const address = ip();
    for (let i = 0; i < 10; i++) expect(await attempt(account, address, at(0), "not_evaluated")).toBe(true);
    await fail(account, address, 5, () => at(0));
    expect(await attempt(account, address, at(0))).toBe(false);
  });

  it("without a known address, all clients share one bucket per account; a known address is separate", async () => {
    const account = email();
    await fail(account, null, 5, () => at(0));
    expect(await attempt(account, null, at(1))).toBe(false);
    expect(await attempt(email(), null, at(1))).toBe(true);
    expect(await attempt(account, ip(), at(1))).toBe(true);
  });
});
