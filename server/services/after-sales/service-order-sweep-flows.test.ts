import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { violations } from "@/db/schema";
import { openTestDb, uniqueToken } from "@/server/test/harness";
import { systemContext } from "../service-context";
import {
  actionsOf,
  afterSalesWorld,
  applyAt,
  at,
  D,
  H,
  refundsOf,
  serviceOrderRow,
  type AfterSalesWorld,
} from "@/server/test/fixtures/after-sales";
import { reportReturnSigned } from "../logistics/report-return-signed";
import { runSweep } from "../sweep/sweep";
import { listAllViolationsInput, listViolations } from "../violations/list-violations";
import { listWarningQueue } from "../work-orders/list-warning-queue";
import { warningQueueInput } from "../work-orders/queue-filters";
import { approveServiceOrder } from "./approve-service-order";
import { shipReturn } from "./ship-return";
import { serviceOrderDeadlineTasksFor } from "./sweep-tasks";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

const sweep = (w: AfterSalesWorld, now: Date) =>
  runSweep(systemContext(handle.db, now), { tasks: serviceOrderDeadlineTasksFor([w.shop.id]) });
const tickets = (id: string) =>
  handle.db
    .select({ rule: violations.rule, points: violations.points })
    .from(violations)
    .where(and(eq(violations.sourceType, "service_order"), eq(violations.sourceId, id)));
const approve = (w: AfterSalesWorld, id: string, now: Date) =>
  approveServiceOrder(w.asMerchant(now), {
    serviceOrderId: id,
    opinion: "同意",
    noCodReturn: true,
    includeAccessories: false,
  });

describe("after-sales deadlines through the real verbs", () => {
  it("AS-2/AS-6 (done-when 4): applied and left alone — at 48h − 1 ms nothing has happened; at 48h the system approves and exactly one ticket exists", async () => {
    const w = await afterSalesWorld(handle.db);
    const { id } = await applyAt(w, at(0), { reason: "other", description: "颜色与图片不符" });
    await sweep(w, at(48 * H - 1));
    expect((await serviceOrderRow(handle.db, id)).status).toBe("pending_review");
    expect(await tickets(id)).toEqual([]);

    await sweep(w, at(48 * H));
    await sweep(w, at(48 * H + 1));
    const row = await serviceOrderRow(handle.db, id);
    expect([row.status, row.approvedBy, row.dueKind]).toEqual(["awaiting_return", "system", "return_shipment"]);
    expect(await tickets(id)).toEqual([{ rule: "AS-2", points: 2 }]);
    expect(await actionsOf(handle.db, id)).toContain("service_order.review_timeout_approved");
    // VIO-1: the merchant's ticket list names the service order it came from.
    const list = await listViolations(w.asMerchant(at(49 * H)), listAllViolationsInput.parse({}));
    expect(list.items.map((v) => [v.rule, v.sourceType, v.source?.serviceOrderId, v.source?.orderNo])).toEqual([
      ["AS-2", "service_order", id, w.order.orderNo],
    ]);
  });

  it("AS-3/AS-4/AS-6 (done-when 3): a send-in repair signed for by the carrier — 30 days later one AS-3 ticket and the queue shows it overdue", async () => {
    const w = await afterSalesWorld(handle.db);
    const { id } = await applyAt(w, at(0), {
      type: "repair",
      repairMode: "send_in",
      reason: "other",
      description: "无法开机,需要寄修",
    });
    await approve(w, id, at(H));
    const trackingNo = `JD${uniqueToken(10)}`;
    await shipReturn(w.asConsumer(at(2 * H)), { serviceOrderId: id, carrier: "京东快递", trackingNo });
    await reportReturnSigned(systemContext(handle.db, at(D)), { trackingNo });
    expect((await serviceOrderRow(handle.db, id)).status).toBe("repairing");

    await sweep(w, at(31 * D - 1));
    expect(await tickets(id)).toEqual([]);
    await sweep(w, at(31 * D));
    await sweep(w, at(32 * D));
    expect(await tickets(id)).toEqual([{ rule: "AS-3", points: 4 }]);
    const queue = await listWarningQueue(w.asMerchant(at(32 * D)), warningQueueInput.parse({}));
    expect(queue.items.map((r) => [r.id, r.urgency])).toEqual([[id, "overdue"]]);
  });

  it("SVC-2: flash refund when the tracking number is entered; no delivery 7 days later → flagged to the merchant once, the refund made once", async () => {
    const w = await afterSalesWorld(handle.db, { services: { flashRefund: true } });
    const { id } = await applyAt(w, at(0));
    await approve(w, id, at(H));
    await shipReturn(w.asConsumer(at(2 * H)), { serviceOrderId: id, carrier: "顺丰速运", trackingNo: "SF0000000001" });
    await sweep(w, at(2 * H + 7 * D - 1));
    expect((await serviceOrderRow(handle.db, id)).returnMissingFlaggedAt).toBeNull();
    await sweep(w, at(2 * H + 7 * D));
    await sweep(w, at(2 * H + 8 * D));
    const row = await serviceOrderRow(handle.db, id);
    expect([row.status, row.returnMissingFlaggedAt?.toISOString()]).toEqual([
      "awaiting_receipt",
      "2026-03-22T06:00:00.000Z",
    ]);
    expect((await refundsOf(handle.db, w.order.id)).map((r) => [r.cause, r.amountFen])).toEqual([
      ["flash_refund", 9_900],
    ]);
  });
});
