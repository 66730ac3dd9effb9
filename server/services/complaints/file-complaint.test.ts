import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { evidenceItems } from "@/db/schema";
import { expectTrpcError } from "@/server/test/fixtures/work-orders";
import {
  as,
  auditOf,
  complaintRow,
  complaintWorld,
  fileUnpaid,
  review,
  screenshot,
  type ComplaintWorld,
} from "@/server/test/fixtures/complaints";
import { openTestDb, submissionKey } from "@/server/test/harness";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(() => handle.close());

const file = async (w: ComplaintWorld, over: Partial<{ consumerId: string; orderIds: string[] }>) =>
  as(handle.db, w.merchant).complaint.merchant.file({
    idempotencyKey: submissionKey(),
    consumerId: w.buyer.consumer.id,
    category: "unpaid_orders",
    orderIds: w.unpaid.map((o) => o.id),
    statement: "该买家连续下单 3 笔均不付款,占用库存",
    evidence: { order_screenshots: [await screenshot(handle.db, w)] },
    ...over,
  });

describe("file a complaint (MAL-1)", () => {
  it("MAL-1: a 大量下单不付款 complaint about this shop's buyer is 待审核 with a 72h review deadline and frozen evidence", async () => {
    const w = await complaintWorld(handle.db);
    const filed = await fileUnpaid(handle.db, w);
    expect(filed.status).toBe("pending_review");
    expect(filed.reviewDueAt?.toISOString()).toBe("2026-03-18T04:00:00.000Z");
    const row = await complaintRow(handle.db, filed.id);
    expect(row.policyId).toBe("jd.malicious_complaints");
    expect(row.policyVersion).toBe(1);
    const evidence = await handle.db
      .select()
      .from(evidenceItems)
      .where(and(eq(evidenceItems.recordType, "complaint"), eq(evidenceItems.recordId, filed.id)));
    expect(evidence.map((e) => [e.slot, e.submitted])).toEqual([["order_screenshots", true]]);
    expect(await auditOf(handle.db, filed.id)).toEqual(["complaint.filed"]);
    const page = await as(handle.db, w.merchant).complaint.merchant.get({ complaintId: filed.id });
    expect(page.orders).toHaveLength(3);
    expect(page.can.supplement).toBe(false);
  });

  it("MAL-1: a complaint naming another shop's order is refused (NOT_FOUND), nothing stored", async () => {
    const w = await complaintWorld(handle.db);
    const error = await expectTrpcError(
      file(w, { orderIds: [w.unpaid[0]?.id ?? "", w.otherShopOrder.id] }),
      "NOT_FOUND",
    );
    expect(error.message).toBe("所选订单不是本店订单");
    const list = await as(handle.db, w.merchant).complaint.merchant.list({});
    expect(list.items).toEqual([]);
  });

  it("MAL-1: an order of another buyer of this shop is refused by number", async () => {
    const w = await complaintWorld(handle.db);
    const error = await expectTrpcError(
      file(w, { orderIds: [w.unpaid[0]?.id ?? "", w.otherBuyersOrder.id] }),
      "BAD_REQUEST",
    );
    expect(error.message).toBe(`订单不是该买家的订单:${w.otherBuyersOrder.orderNo}`);
  });

  it("MAL-1: someone who is not this shop's buyer cannot be complained about (NOT_FOUND)", async () => {
    const w = await complaintWorld(handle.db);
    const other = await complaintWorld(handle.db);
    await expectTrpcError(
      file(w, { consumerId: other.buyer.consumer.id, orderIds: [other.unpaid[0]?.id ?? ""] }),
      "NOT_FOUND",
    );
  });

  it("MAL-1: a duplicate open complaint about the same orders and category is refused; once decided it may be filed again", async () => {
    const w = await complaintWorld(handle.db);
    const first = await fileUnpaid(handle.db, w);
    const error = await expectTrpcError(file(w, { orderIds: [...w.unpaid.map((o) => o.id)].reverse() }), "CONFLICT");
    expect(error.message).toBe(`这些订单已有同类投诉正在处理中(${first.complaintNo})`);
    await review(handle.db, w, first.id, "dismiss");
    const again = await file(w, {});
    expect(again.status).toBe("pending_review");
  });

  it("MAL-1: the category's required slot left empty is refused naming it; a bulk category needs 2 orders", async () => {
    const w = await complaintWorld(handle.db);
    const error = await expectTrpcError(
      as(handle.db, w.merchant).complaint.merchant.file({
        idempotencyKey: submissionKey(),
        consumerId: w.buyer.consumer.id,
        category: "unpaid_orders",
        orderIds: w.unpaid.map((o) => o.id),
        statement: "该买家连续下单 3 笔均不付款,占用库存",
        evidence: {},
      }),
      "BAD_REQUEST",
    );
    expect(error.message).toBe("「订单截图」为必传凭证,请至少上传 1 个文件");
    const few = await expectTrpcError(file(w, { orderIds: [w.unpaid[0]?.id ?? ""] }), "BAD_REQUEST");
    expect(few.message).toBe("「大量下单不付款」至少需选择 2 个订单");
  });

  it("MAL-1 tenant: another shop's merchant gets NOT_FOUND for the complaint; a consumer is refused", async () => {
    const w = await complaintWorld(handle.db);
    const filed = await fileUnpaid(handle.db, w);
    await expectTrpcError(
      as(handle.db, w.otherMerchant).complaint.merchant.get({ complaintId: filed.id }),
      "NOT_FOUND",
    );
    await expectTrpcError(
      as(handle.db, w.otherMerchant).complaint.merchant.supplement({
        idempotencyKey: submissionKey(),
        complaintId: filed.id,
        statement: "补充说明买家的聊天记录",
        files: [await screenshot(handle.db, w)],
      }),
      "NOT_FOUND",
    );
    expect((await as(handle.db, w.otherMerchant).complaint.merchant.list({})).items).toEqual([]);
    await expectTrpcError(as(handle.db, w.buyer).complaint.merchant.list({}), "FORBIDDEN");
  });

  it("MAL-1 tenant: the buyer-orders helper lists only this shop's orders of the buyer, flags unpaid and open complaints", async () => {
    const w = await complaintWorld(handle.db);
    const filed = await fileUnpaid(handle.db, w);
    const found = await as(handle.db, w.merchant).complaint.merchant.buyerOrders({ orderNo: w.unpaid[0]?.orderNo });
    expect(found.orders).toHaveLength(3);
    expect(found.orders.every((o) => o.unpaid)).toBe(true);
    expect(found.orders[0]?.openComplaints).toEqual([{ category: "unpaid_orders", complaintNo: filed.complaintNo }]);
    await expectTrpcError(
      as(handle.db, w.merchant).complaint.merchant.buyerOrders({ orderNo: w.otherShopOrder.orderNo }),
      "NOT_FOUND",
    );
  });
});
