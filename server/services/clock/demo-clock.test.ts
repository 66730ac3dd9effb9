import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { DbHandle } from "@/db/client";
import { createAdmin, createConsumer, openTestDb, callerFor } from "@/server/test/harness";
import { advanceDemoClock, demoOffsetMs, offsetClock } from "./demo-clock";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(() => handle.close());
afterEach(() => {
  vi.unstubAllEnvs();
});

describe("demo clock", () => {
  it("moves the app's time forward only, and the offset is shared through the database", async () => {
    vi.stubEnv("DEMO", "1");
    const before = await demoOffsetMs(handle.db);
    await advanceDemoClock(handle.db, 60_000);
    expect(await demoOffsetMs(handle.db)).toBe(before + 60_000);
    await expect(advanceDemoClock(handle.db, -1)).rejects.toMatchObject({ code: "BAD_CLOCK_STEP" });
    const clock = offsetClock(3_600_000, () => new Date("2026-01-01T00:00:00Z"));
    expect(clock().toISOString()).toBe("2026-01-01T01:00:00.000Z");
  });

  it("does not exist outside demo mode", async () => {
    vi.stubEnv("DEMO", "0");
    await expect(advanceDemoClock(handle.db, 60_000)).rejects.toMatchObject({ code: "DEMO_ONLY" });
    expect(await demoOffsetMs(handle.db)).toBe(0);
    const admin = await createAdmin(handle.db);
    await expect(callerFor(handle.db, admin).clock.advance({ minutes: 60 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("only admins may move it", async () => {
    vi.stubEnv("DEMO", "1");
    const consumer = await createConsumer(handle.db);
    await expect(callerFor(handle.db, consumer).clock.advance({ minutes: 60 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
