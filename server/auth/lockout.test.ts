import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { TEST_NOW, openTestDb } from "@/server/test/harness";
import { clearFailures, isLockedOut, LOCKOUT_WINDOW_MS, MAX_FAILURES, recordFailure } from "./lockout";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

const MINUTE_MS = 60_000;
const email = () => `lockout-${crypto.randomUUID()}@test.arbiter`;
const ago = (ms: number) => new Date(TEST_NOW.getTime() - ms);

async function failTimes(address: string, times: number, at: (i: number) => Date): Promise<void> {
  for (let i = 0; i < times; i++) await recordFailure(handle.db, address, at(i));
}

describe("sign-in lock-out", () => {
  it("locks an e-mail after 5 failed sign-ins within 15 minutes, not after 4", async () => {
    expect(MAX_FAILURES).toBe(5);
    expect(LOCKOUT_WINDOW_MS).toBe(15 * MINUTE_MS);
    const address = email();
    expect(await isLockedOut(handle.db, address, TEST_NOW)).toBe(false);
    await failTimes(address, 4, (i) => ago((10 - i) * MINUTE_MS));
    expect(await isLockedOut(handle.db, address, TEST_NOW)).toBe(false);
    await recordFailure(handle.db, address, TEST_NOW);
    expect(await isLockedOut(handle.db, address, TEST_NOW)).toBe(true);
  });

  it("counts only failures younger than 15 minutes: exactly 15 minutes old no longer counts, 1 ms younger still does", async () => {
    const address = email();
    const oldest = ago(LOCKOUT_WINDOW_MS - 1);
    await recordFailure(handle.db, address, oldest);
    await failTimes(address, 4, (i) => ago((i + 1) * MINUTE_MS));
    // The oldest failure is 15 min - 1 ms old: it still counts.
    expect(await isLockedOut(handle.db, address, TEST_NOW)).toBe(true);
    // 1 ms later it is exactly 15 minutes old and drops out of the window.
    expect(await isLockedOut(handle.db, address, new Date(TEST_NOW.getTime() + 1))).toBe(false);
  });

  it("does not lock when 5 failures are spread over more than 15 minutes", async () => {
    const address = email();
    await failTimes(address, 5, (i) => ago(i * 4 * MINUTE_MS)); // 0, 4, 8, 12, 16 minutes ago
    expect(await isLockedOut(handle.db, address, TEST_NOW)).toBe(false);
  });

  it("unlocks once the failures are cleared (a successful sign-in), for that e-mail only", async () => {
    const address = email();
    const other = email();
    await failTimes(address, 5, (i) => ago(i * MINUTE_MS));
    await failTimes(other, 5, (i) => ago(i * MINUTE_MS));
    expect(await isLockedOut(handle.db, address, TEST_NOW)).toBe(true);
    await clearFailures(handle.db, address);
    expect(await isLockedOut(handle.db, address, TEST_NOW)).toBe(false);
    expect(await isLockedOut(handle.db, other, TEST_NOW)).toBe(true);
  });

  it("counts failures per e-mail: another address's failures do not lock this one", async () => {
    const address = email();
    await failTimes(email(), 5, () => TEST_NOW);
    await failTimes(address, 4, () => TEST_NOW);
    expect(await isLockedOut(handle.db, address, TEST_NOW)).toBe(false);
  });
});
