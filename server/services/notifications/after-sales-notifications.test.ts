import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { openTestDb, serviceContext } from "@/server/test/harness";
import { afterSalesWorld, insertServiceOrder } from "@/server/test/fixtures/service-order-rows";
import { T0, at } from "@/server/test/fixtures/service-order-sweep";
import {
  notifyServiceOrderAnswered,
  notifyServiceOrderApplied,
  notifyServiceOrderApproved,
  notifyServiceOrderClosed,
  notifyServiceOrderCompleted,
  notifyServiceOrderConsentRequested,
  notifyServiceOrderEscalated,
  notifyServiceOrderProcessed,
  notifyServiceOrderReminder,
  notifyServiceOrderReturnMissing,
} from "./after-sales-notifications";
import { listNotifications } from "./list-notifications";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe("NTF-1/NTF-2: after-sales notifications", () => {
  it("NTF-1/NTF-2: each after-sales notification reaches its reader with a link to their service-order page; reminders and the missing-return flag once", async () => {
    const { db } = handle;
    const w = await afterSalesWorld(db);
    const so = await insertServiceOrder(db, w, { dueAt: at(24 * 3_600_000) });
    const proposal = { id: so.id, kind: "change_result" as const, dueAt: at(48 * 3_600_000) };
    await db.transaction(async (tx) => {
      await notifyServiceOrderApplied(tx, so, T0);
      await notifyServiceOrderReminder(tx, { ...so, dueKind: "review", dueAt: at(24 * 3_600_000) }, T0);
      await notifyServiceOrderApproved(tx, so, "review_timeout", T0);
      await notifyServiceOrderConsentRequested(tx, so, proposal, T0);
      await notifyServiceOrderAnswered(tx, so, proposal, "refused", T0);
      await notifyServiceOrderEscalated(tx, so, "consumer", T0);
      await notifyServiceOrderProcessed(tx, so, { result: "refund", amountFen: 28_900, basis: "consent" }, T0);
      await notifyServiceOrderCompleted(tx, so, "silence", T0);
      await notifyServiceOrderClosed(tx, so, "return_not_shipped", T0);
      await notifyServiceOrderReturnMissing(tx, so, T0);
      // Once only: the reminder of one deadline and the missing-return flag.
      await notifyServiceOrderReminder(tx, { ...so, dueKind: "review", dueAt: at(24 * 3_600_000) }, T0);
      await notifyServiceOrderReturnMissing(tx, so, T0);
    });

    const merchant = await listNotifications(serviceContext(db, w.merchant), { limit: 50 });
    const consumer = await listNotifications(serviceContext(db, w.consumer), { limit: 50 });
    const kinds = (page: typeof merchant) => page.items.map((n) => n.kind).sort();
    expect(kinds(merchant)).toEqual([
      "service_order.answered",
      "service_order.applied",
      "service_order.escalated",
      "service_order.reminder",
      "service_order.return_missing",
    ]);
    expect(kinds(consumer)).toEqual([
      "service_order.approved",
      "service_order.closed",
      "service_order.completed",
      "service_order.consent_requested",
      "service_order.processed",
    ]);
    expect(new Set(merchant.items.map((n) => n.href))).toEqual(new Set([`/merchant/after-sales/${so.id}`]));
    expect(new Set(consumer.items.map((n) => n.href))).toEqual(new Set([`/after-sales/${so.id}`]));

    expect(merchant.items.find((n) => n.kind === "service_order.answered")?.params).toEqual({
      serviceNo: so.serviceNo,
      type: "return",
      proposal: "change_result",
      decision: "refused",
      dueAt: "2026-03-16T04:00:00.000Z",
    });
  });
});
