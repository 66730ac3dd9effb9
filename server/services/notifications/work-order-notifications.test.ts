import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { fixedClock } from "@/server/clock";
import { breakPromise } from "@/server/services/work-orders/break-promise";
import { createInvoiceFile, H, insertUrgeWorkOrder, urgeWorld } from "@/server/test/fixtures/work-orders";
import { callerFor, openTestDb } from "@/server/test/harness";
import { systemContext } from "@/server/services/service-context";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

const NTF_NOW = new Date("2037-07-01T02:00:00.000Z");

async function openWorld() {
  const world = await urgeWorld(handle.db, { now: NTF_NOW });
  const wo = await insertUrgeWorkOrder(handle.db, world, { openedAt: NTF_NOW });
  const clock = fixedClock(new Date(NTF_NOW.getTime() + H));
  return {
    world,
    wo,
    asMerchant: callerFor(handle.db, world.merchant, { now: clock }),
    asConsumer: callerFor(handle.db, world.consumer, { now: clock }),
  };
}

describe("the consumer hears how their urge work order went", () => {
  it("notifications: a reply with an issued invoice tells the consumer once, linking to their work order", async () => {
    const { world, wo, asMerchant, asConsumer } = await openWorld();
    const fileId = await createInvoiceFile(handle.db, world.merchant.userId);
    await asMerchant.workOrder.merchant.reply({
      workOrderId: wo.id,
      resolution: "invoice_issued",
      invoiceNo: "20370001",
      fileId,
    });
    const { items } = await asConsumer.notification.consumer.list({});
    expect(items).toMatchObject([
      {
        kind: "work_order.answered",
        params: { resolution: "invoice_issued", invoiceNo: "20370001" },
        href: `/work-orders/${wo.id}`,
      },
    ]);
  });

  it("notifications: an agreed invoicing date is an answer; the broken promise is a decision the consumer is told of", async () => {
    const { wo, asMerchant, asConsumer } = await openWorld();
    const promisedAt = new Date(NTF_NOW.getTime() + 48 * H);
    await asMerchant.workOrder.merchant.reply({ workOrderId: wo.id, resolution: "agreed_invoice_date", promisedAt });
    expect((await asConsumer.notification.consumer.list({})).items.map((n) => [n.kind, n.params])).toEqual([
      ["work_order.answered", { resolution: "agreed_invoice_date" }],
    ]);

    expect(await breakPromise(systemContext(handle.db, promisedAt), { workOrderId: wo.id })).toBe(true);
    expect(await breakPromise(systemContext(handle.db, promisedAt), { workOrderId: wo.id })).toBe(false);
    const { items } = await asConsumer.notification.consumer.list({});
    expect(items.map((n) => n.kind)).toEqual(["work_order.decided", "work_order.answered"]);
    expect(await asConsumer.notification.consumer.unreadCount()).toEqual({ unread: 2 });
  });
});
