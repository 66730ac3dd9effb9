/**
 * Demo cancel orders (取消订单) and cancel disputes (DSP-CXL-1..6) in every interesting state,
 * on platform-delivery (京配) and third-party (非京配) orders, at 晨光 (most) and 拼好货.
 *
 * The demo world has only a handful of paid or shipped orders, so each story gets an order of
 * its own, inserted the way the world inserts orders (paid/shipped at the story's times, a
 * tracking number once shipped). Everything after that is done by the verbs, as the demo
 * people, at past times. Deterministic: fixed products, amounts and offsets from `now`.
 */
import { approveCancel, rejectCancel } from "@/server/services/cancel-orders/review-cancel";
import { withdrawCancel } from "@/server/services/cancel-orders/request-cancel";
import { respondToSettlement } from "@/server/services/disputes/respond-to-settlement";
import { reportDelivery, reportInterception } from "@/server/services/logistics/report-logistics";
import { actAt, type DemoKit } from "./demo-cases-kit";
import { cancelStoryKit } from "./demo-cases-cancel-kit";

export async function seedCancelCases(kit: DemoKit): Promise<void> {
  const { at, judge, makeOrder, request, review, dispute, plan, interceptionOf, windowEnds, rejected } =
    cancelStoryKit(kit);
  const { db } = kit;
  // ── Consumer requests and the merchant's review ──
  // Pending on a paid order (京配): approving refunds at once.
  const a = await makeOrder({ shop: "chenguang", who: "zhangwei", delivery: "platform", paidH: 3, product: 0 });
  await request(a, 2, "changed_mind", "买重复了,另一个订单已经下单");
  // Pending on a 京配 parcel in transit: approving starts an interception.
  const b = await makeOrder({
    shop: "chenguang",
    who: "lina",
    delivery: "platform",
    paidH: 26,
    shippedH: 20,
    product: 1,
  });
  await request(b, 5, "slow_shipping", "物流显示一直在中转站没有动");
  // Pending on a 非京配 parcel in transit: approving refunds at once.
  const c = await makeOrder({
    shop: "chenguang",
    who: "wangfang",
    delivery: "third_party",
    paidH: 40,
    shippedH: 30,
    product: 2,
  });
  await request(c, 1, "ordered_wrong", "型号选错了,需要的是另一款");
  // Approved on a paid order → refunded, order cancelled.
  const d = await makeOrder({ shop: "chenguang", who: "zhangwei", delivery: "platform", paidH: 50, product: 3 });
  const dReq = await request(d, 40, "better_price");
  await approveCancel(review(d, "chenguang", 38, true), { cancelOrderId: dReq.id });
  // Rejected by hand.
  const e = await makeOrder({
    shop: "chenguang",
    who: "lina",
    delivery: "third_party",
    paidH: 60,
    shippedH: 50,
    product: 4,
  });
  const eReq = await request(e, 30, "other", "家里人说不需要了");
  await rejectCancel(review(e, "chenguang", 20, true), {
    cancelOrderId: eReq.id,
    reason: "已电话联系顾客,顾客同意继续收货",
  });
  // Withdrawn by the consumer.
  const f = await makeOrder({ shop: "chenguang", who: "wangfang", delivery: "platform", paidH: 12, product: 5 });
  const fReq = await request(f, 11, "changed_mind");
  await withdrawCancel(actAt(db, f.buyer, { kind: "consumer", consumerId: f.consumerId }, at(10)), {
    cancelOrderId: fReq.id,
  });
  // Approved on a 京配 parcel → intercepted → refunded.
  const g = await makeOrder({
    shop: "chenguang",
    who: "lina",
    delivery: "platform",
    paidH: 36,
    shippedH: 30,
    product: 6,
  });
  const gReq = await request(g, 28, "slow_shipping");
  await approveCancel(review(g, "chenguang", 26), { cancelOrderId: gReq.id });
  await reportInterception(actAt(db, judge, { kind: "admin" }, at(20)), {
    interceptionId: await interceptionOf(gReq.id),
    outcome: "succeeded",
  });
  // Approved on a 京配 parcel → the interception failed.
  const h = await makeOrder({
    shop: "chenguang",
    who: "zhangwei",
    delivery: "platform",
    paidH: 48,
    shippedH: 40,
    product: 7,
  });
  const hReq = await request(h, 36, "changed_mind");
  await approveCancel(review(h, "chenguang", 35), { cancelOrderId: hReq.id });
  await reportInterception(actAt(db, judge, { kind: "admin" }, at(30)), {
    interceptionId: await interceptionOf(hReq.id),
    outcome: "failed",
  });

  // ── Cancel disputes ──
  // DSP-CXL-7: every dispute below follows a request the merchant rejected or left unreviewed
  // past its 24h review window.
  // Waiting for the merchant, with the consumer's request pending beside it, unreviewed for 30h
  // (DSP-CXL-5: a plan will settle it).
  const i = await makeOrder({
    shop: "chenguang",
    who: "zhangwei",
    delivery: "platform",
    paidH: 40,
    shippedH: 34,
    product: 8,
  });
  await request(i, 30, "slow_shipping", "催了两次都没回复");
  await dispute(i, 4, "申请取消 30 小时了商家一直不审核,包裹还在路上,请尽快拦截退款");
  // Direct refund (DSP-CXL-2), waiting for the consumer's confirmation.
  const j = await makeOrder({ shop: "chenguang", who: "wangfang", delivery: "platform", paidH: 30, product: 9 });
  await rejected(j, "chenguang", 28, 22, "slow_shipping", "仓库正在备货,请耐心等待");
  await plan(
    "chenguang",
    await dispute(j, 20, "付款后一直未发货,联系客服也没人回复,要求取消订单退款"),
    15,
    "direct_refund",
    "仓库缺货,已为您直接退款,抱歉",
  );
  // 48h interception on a 非京配 parcel, settling the consumer's request (DSP-CXL-5), 36h left.
  const k = await makeOrder({
    shop: "chenguang",
    who: "lina",
    delivery: "third_party",
    paidH: 50,
    shippedH: 40,
    product: 10,
  });
  await request(k, 39, "ordered_wrong");
  await plan(
    "chenguang",
    await dispute(k, 14, "下错单了想取消,申请一天多了商家一直没审核"),
    12,
    "intercept_48h",
    "已联系快递拦截,48 小时后自动退款",
  );
  // 48h interception on a 京配 parcel, 28h left.
  const l = await makeOrder({
    shop: "chenguang",
    who: "zhangwei",
    delivery: "platform",
    paidH: 30,
    shippedH: 26,
    product: 11,
  });
  await rejected(l, "chenguang", 25, 24.5, "changed_mind", "包裹已发出,无法取消");
  await plan("chenguang", await dispute(l, 24, "不想要了,请帮忙拦截包裹并退款"), 20, "intercept_48h");
  // 48h over on a 京配 parcel: approved and intercepting, waiting for the carrier (report it on /admin/logistics).
  const m = await makeOrder({
    shop: "chenguang",
    who: "lina",
    delivery: "platform",
    paidH: 64,
    shippedH: 60,
    product: 12,
  });
  await rejected(m, "chenguang", 59, 57, "better_price", "价格调整不支持取消");
  await plan("chenguang", await dispute(m, 56, "商品降价了想取消重新下单,请拦截"), 50, "intercept_48h");
  await windowEnds(m, 50);
  // 48h over on a 非京配 parcel: the system refunded.
  const n = await makeOrder({
    shop: "chenguang",
    who: "wangfang",
    delivery: "third_party",
    paidH: 70,
    shippedH: 64,
    product: 13,
  });
  await rejected(n, "chenguang", 63, 61, "ordered_wrong", "已发货,无法取消");
  await plan("chenguang", await dispute(n, 60, "买错颜色了,申请取消被拒,请平台处理"), 55, "intercept_48h");
  await windowEnds(n, 55);
  // The order completed within the 48h: nothing refunded automatically, closed.
  const o = await makeOrder({
    shop: "chenguang",
    who: "zhangwei",
    delivery: "platform",
    paidH: 80,
    shippedH: 76,
    product: 14,
  });
  await rejected(o, "chenguang", 75, 74.5, "changed_mind", "包裹已在途,不同意取消");
  await plan("chenguang", await dispute(o, 74, "想取消订单,商家不同意"), 70, "intercept_48h");
  await reportDelivery(actAt(db, judge, { kind: "admin" }, at(60)), { orderId: o.order.id, event: "completed" });
  await windowEnds(o, 70);
  // Agreed rejection, confirmed; the request stays pending for the merchant to reject by hand (DSP-CXL-3).
  const p = await makeOrder({
    shop: "chenguang",
    who: "lina",
    delivery: "third_party",
    paidH: 64,
    shippedH: 58,
    product: 15,
  });
  await request(p, 54, "changed_mind");
  const pDispute = await dispute(p, 28, "申请取消超过 24 小时一直没处理");
  await plan("chenguang", pDispute, 24, "agreed_rejection", "已与顾客电话沟通,顾客同意继续收货");
  await respondToSettlement(actAt(db, p.buyer, { kind: "consumer", consumerId: p.consumerId }, at(20)), {
    disputeId: pDispute,
    decision: "confirm",
  });
  // 拼好货 (非京配): a request left unreviewed past its window and a dispute waiting for the merchant.
  const q = await makeOrder({
    shop: "pinhaohuo",
    who: "wangfang",
    delivery: "third_party",
    paidH: 44,
    shippedH: 32,
    product: 0,
  });
  await request(q, 30, "slow_shipping", "生鲜等不了这么久");
  await dispute(q, 2, "水果路上时间太长会坏,取消申请一天多没人审核,要求取消订单退款");
}
