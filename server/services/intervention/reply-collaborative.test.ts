import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { fixedClock } from "@/server/clock";
import { callerFor, createMerchant, createShop, openTestDb } from "@/server/test/harness";
import { expectTrpcError } from "@/server/test/fixtures/work-orders";
import {
  actionsOf,
  applied,
  evidenceOf,
  H,
  IV_NOW,
  upload,
  world,
  workOrderRow,
  type World,
} from "@/server/test/fixtures/intervention";

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

const LATER = new Date(IV_NOW.getTime() + 2 * H);
const merchantAt = (w: World, at: Date = LATER) => callerFor(handle.db, w.merchant, { now: fixedClock(at) });
const contact = (ms: number, channel: "phone" | "im" | "sms" = "phone") => ({
  at: new Date(IV_NOW.getTime() + ms),
  channel,
  note: "联系消费者",
});

async function collaborative() {
  const w = await world(handle.db, { style: "tmall" });
  return { w, id: await applied(handle.db, w, "collaborative") };
}

describe("reply to a collaborative work order (协同工单)", () => {
  it("WO-TM-2: agreed with a contact after creation resolves the work order, vouchers frozen with it", async () => {
    const { w, id } = await collaborative();
    const voucher = await upload(handle.db, w.merchant.userId, "png");
    const result = await merchantAt(w).intervention.merchant.replyCollaborative({
      workOrderId: id,
      answer: "agreed",
      note: "已与消费者协商退货退款",
      contacts: [contact(H)],
      vouchers: [voucher],
    });
    expect(result.status).toBe("resolved");
    const row = await workOrderRow(handle.db, id);
    expect(row.reply).toMatchObject({
      resolution: "agreed",
      note: "已与消费者协商退货退款",
      contacts: [{ channel: "phone", at: new Date(IV_NOW.getTime() + H).toISOString() }],
    });
    expect(row.replyOnTime).toBe(true);
    expect((await evidenceOf(handle.db, id)).map((e) => [e.slot, e.fileId, e.submitted])).toEqual([
      ["negotiation_vouchers", voucher, true],
    ]);
    expect(await actionsOf(handle.db, id)).toEqual(["work_order.opened", "work_order.replied"]);
  });

  it("WO-TM-3: a contact record earlier than the work order's creation is refused and nothing changes; at creation exactly it counts", async () => {
    const { w, id } = await collaborative();
    const error = await expectTrpcError(
      merchantAt(w).intervention.merchant.replyCollaborative({
        workOrderId: id,
        answer: "agreed",
        note: "已与消费者协商一致",
        contacts: [contact(-1)],
      }),
      "BAD_REQUEST",
    );
    expect(error.message).toContain("工单创建之后");
    expect(await workOrderRow(handle.db, id)).toMatchObject({ status: "open", reply: null });
    const ok = await merchantAt(w).intervention.merchant.replyCollaborative({
      workOrderId: id,
      answer: "agreed",
      note: "已与消费者协商一致",
      contacts: [contact(0)],
    });
    expect(ok.status).toBe("resolved");
  });

  it("WO-TM-3: a reply with no contact record at all is refused", async () => {
    const { w, id } = await collaborative();
    await expectTrpcError(
      merchantAt(w).intervention.merchant.replyCollaborative({
        workOrderId: id,
        answer: "not_agreed",
        note: "消费者要求过高",
        contacts: [],
      }),
      "BAD_REQUEST",
    );
    expect((await workOrderRow(handle.db, id)).status).toBe("open");
  });

  it("WO-TM-4: unresolved without contact vouchers is refused; with two attempts and vouchers it goes to second-level review", async () => {
    const { w, id } = await collaborative();
    const attempts = [contact(H / 2), contact(H, "sms")];
    const error = await expectTrpcError(
      merchantAt(w).intervention.merchant.replyCollaborative({
        workOrderId: id,
        answer: "unresolved",
        note: "多次联系消费者未果",
        contacts: attempts,
      }),
      "BAD_REQUEST",
    );
    expect(error.message).toContain("联系凭证");
    expect(await evidenceOf(handle.db, id)).toHaveLength(0);
    const voucher = await upload(handle.db, w.merchant.userId, "jpeg");
    const result = await merchantAt(w).intervention.merchant.replyCollaborative({
      workOrderId: id,
      answer: "unresolved",
      note: "多次联系消费者未果",
      contacts: attempts,
      vouchers: [voucher],
    });
    expect(result.status).toBe("reviewing");
  });

  it("WO-TM-5: not agreed sends the work order to platform judgment", async () => {
    const { w, id } = await collaborative();
    const result = await merchantAt(w).intervention.merchant.replyCollaborative({
      workOrderId: id,
      answer: "not_agreed",
      note: "消费者不接受退款方案",
      contacts: [contact(H)],
    });
    expect(result.status).toBe("judging");
  });

  it("WO-TM-1: 1 ms before the 24h deadline the reply is accepted; at the deadline it is refused", async () => {
    const due = IV_NOW.getTime() + 24 * H;
    const early = await collaborative();
    const ok = await merchantAt(early.w, new Date(due - 1)).intervention.merchant.replyCollaborative({
      workOrderId: early.id,
      answer: "agreed",
      note: "已与消费者协商一致",
      contacts: [contact(H)],
    });
    expect(ok.status).toBe("resolved");
    const late = await collaborative();
    await expectTrpcError(
      merchantAt(late.w, new Date(due)).intervention.merchant.replyCollaborative({
        workOrderId: late.id,
        answer: "agreed",
        note: "已与消费者协商一致",
        contacts: [contact(H)],
      }),
      "CONFLICT",
    );
    expect((await workOrderRow(handle.db, late.id)).status).toBe("open");
  });

  it("stale: replying to a work order already answered is a CONFLICT and the first reply stands", async () => {
    const { w, id } = await collaborative();
    await merchantAt(w).intervention.merchant.replyCollaborative({
      workOrderId: id,
      answer: "not_agreed",
      note: "消费者不接受退款方案",
      contacts: [contact(H)],
    });
    await expectTrpcError(
      merchantAt(w).intervention.merchant.replyCollaborative({
        workOrderId: id,
        answer: "agreed",
        note: "已与消费者协商一致",
        contacts: [contact(H)],
      }),
      "CONFLICT",
    );
    expect(await workOrderRow(handle.db, id)).toMatchObject({ status: "judging", reply: { resolution: "not_agreed" } });
  });

  it("SHOP-3: another shop's merchant gets NOT_FOUND", async () => {
    const { id } = await collaborative();
    const other = await createMerchant(handle.db, (await createShop(handle.db, { marketplaceStyle: "tmall" })).id);
    const caller = callerFor(handle.db, other, { now: fixedClock(LATER) });
    await expectTrpcError(
      caller.intervention.merchant.replyCollaborative({
        workOrderId: id,
        answer: "agreed",
        note: "已与消费者协商一致",
        contacts: [contact(H)],
      }),
      "NOT_FOUND",
    );
    expect((await workOrderRow(handle.db, id)).status).toBe("open");
  });
});
