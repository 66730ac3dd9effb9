import { HOUR, type DisputePolicy, type EvidenceSlot } from "./types";

const images = ["jpeg", "png", "webp"] as const;

const chatRecords: EvidenceSlot = {
  key: "chat_records",
  label: { "zh-CN": "与消费者的沟通记录截图", en: "Screenshots of the conversation with the consumer" },
  accepts: images,
  min: 1,
  max: 6,
};

/**
 * DSP-3 for order cancellation: why the merchant cannot settle by itself, and the evidence
 * each reason asks for (WO-3: evidence in the wrong slot is invalid).
 */
const noFaultReasons = [
  {
    key: "already_delivered",
    label: { "zh-CN": "商品已签收,无法取消", en: "The goods were already delivered and signed for" },
    slots: [
      {
        key: "signed_proof",
        label: { "zh-CN": "签收凭证", en: "Proof of signature" },
        accepts: [...images, "pdf"],
        min: 1,
        max: 3,
      },
      {
        key: "logistics_trace",
        label: { "zh-CN": "物流轨迹截图", en: "Screenshots of the tracking history" },
        accepts: images,
        min: 0,
        max: 3,
      },
    ],
  },
  {
    key: "customized_goods",
    label: {
      "zh-CN": "定制/已生产商品,不支持取消",
      en: "Made-to-order goods already in production cannot be cancelled",
    },
    slots: [
      {
        key: "product_page",
        label: { "zh-CN": "商品页定制说明截图", en: "Screenshot of the product page's made-to-order notice" },
        accepts: [...images, "pdf"],
        min: 1,
        max: 3,
      },
      { ...chatRecords, min: 0 },
    ],
  },
  {
    key: "consumer_agreed_to_keep",
    label: { "zh-CN": "消费者已同意继续履约", en: "The consumer agreed to keep the order" },
    slots: [chatRecords],
  },
] as const;

/**
 * DSP-CXL-1..4 (取消订单纠纷): three settlement plans or the no-fault evidence plan. The
 * merchant answers within 24h (DSP-4); the consumer confirms within 72h (DSP-2).
 *
 * What each plan does the moment it is chosen (server/services/disputes/cancel-plan-effects.ts):
 * - direct_refund (DSP-CXL-2): the order is refunded at once; a cancel order records
 *   refund_succeeded / dispute_direct_refund. A consumer request still pending, or an
 *   interception already running, is settled by it instead (DSP-CXL-5).
 * - agreed_rejection (DSP-CXL-3): nothing is refunded and nothing else changes; a consumer
 *   request still pending stays pending until the merchant rejects it by hand. Once the
 *   consumer confirms (or is silent 72h) the dispute is settled and that is all.
 * - intercept_48h (DSP-CXL-4): a cancel order logistics_pending / dispute_interception with a
 *   48h window (or the pending request, settled by it, DSP-CXL-5). Only for a parcel in
 *   transit (order shipped): there is nothing to intercept on a paid-only order (the merchant
 *   refunds directly) nor on a signed or completed one.
 * The effects do not wait for the consumer's confirmation: the merchant committed to them.
 * A consumer who rejects the plan sends the dispute to platform judgment; a refund already
 * made stays made, and a running interception keeps running.
 */
export const orderCancelV1: DisputePolicy = {
  id: "jd.dispute.order_cancel",
  version: 1,
  scenario: "order_cancel",
  name: { "zh-CN": "取消订单纠纷", en: "Order cancellation dispute" },
  answerWindowMs: 24 * HOUR,
  confirmWindowMs: 72 * HOUR,
  settlementPlans: [
    {
      key: "direct_refund",
      label: { "zh-CN": "直接退款", en: "Direct refund" },
      explanation: {
        "zh-CN": "商家已同意取消订单,货款已原路退回",
        en: "The merchant agreed to cancel; the payment has been refunded",
      },
      requires: {},
    },
    {
      key: "agreed_rejection",
      label: { "zh-CN": "已协商驳回取消", en: "Agreed to reject the cancellation" },
      explanation: {
        "zh-CN": "您已与商家协商一致,订单不取消、不退款,商家继续履约",
        en: "You agreed with the merchant that the order goes ahead: no cancellation, no refund",
      },
      requires: {},
    },
    {
      key: "intercept_48h",
      label: { "zh-CN": "已协商同意等待48H物流拦截", en: "Agreed to wait 48h for logistics interception" },
      explanation: {
        "zh-CN": "商家将在 48 小时内拦截包裹;到期后非京配订单自动退款,京配订单拦截成功后退款",
        en: "The merchant intercepts the parcel within 48h; then third-party deliveries are refunded, platform deliveries once the parcel is stopped",
      },
      requires: {},
    },
  ],
  noFault: {
    label: { "zh-CN": "无法自主处理,需平台介入判责", en: "Cannot handle, platform must judge" },
    reasons: noFaultReasons,
  },
  judgedDirectly: false,
  // DSP-CXL-4: 48h to intercept; DSP-CXL-7: 24h to review a cancel request (the SPEC's default).
  cancelWindows: { interceptionMs: 48 * HOUR, reviewMs: 24 * HOUR },
};

export const cancelPlanKeys = ["direct_refund", "agreed_rejection", "intercept_48h"] as const;
export type CancelPlanKey = (typeof cancelPlanKeys)[number];
export function isCancelPlanKey(key: string): key is CancelPlanKey {
  return (cancelPlanKeys as readonly string[]).includes(key);
}
