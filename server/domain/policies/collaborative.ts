import { imageKinds } from "../files";
import type { LocalizedText } from "../errors";
import { HOUR, type WorkOrderPolicy } from "./types";

/**
 * WO-TM-1..5 (Tmall/Taobao 协同工单): the merchant replies within 24h whether it reached an
 * agreement with the consumer (WO-TM-2), with the contact records of contacting the consumer
 * AFTER the work order was created (WO-TM-3) and negotiation vouchers where there are any.
 * - agreed      → resolved;
 * - not agreed  → platform judgment (judging, WO-TM-5);
 * - unresolved  → the consumer could not be reached: needs at least 2 contact attempts
 *                 ("several attempts") and at least one contact voucher → second-level review
 *                 (reviewing, WO-TM-4).
 * Timeout → platform judgment: the sweeper moves the work order open → judging directly with
 * the machine's `send_to_judgment` event (it never passes through `expired`, so the platform
 * still owes a decision). Only shops with marketplace style tmall or taobao get this type.
 * Every answer needs at least one contact record (WO-TM-3: the merchant must contact again).
 */
export const collaborativeV1: WorkOrderPolicy = {
  id: "tm.collaborative",
  version: 1,
  type: "collaborative",
  name: { "zh-CN": "协同工单", en: "Collaborative work order" },
  replyWindowMs: 24 * HOUR,
  reminderBeforeMs: 4 * HOUR,
  resolutions: [],
  collaborative: {
    answers: [
      {
        key: "agreed",
        label: { "zh-CN": "已与消费者达成一致", en: "Agreed with the consumer" },
        minContacts: 1,
        minVouchers: 0,
        outcome: "resolved",
      },
      {
        key: "not_agreed",
        label: { "zh-CN": "未达成一致", en: "No agreement" },
        minContacts: 1,
        minVouchers: 0,
        outcome: "judging",
      },
      {
        key: "unresolved",
        label: { "zh-CN": "多次联系未果,无法处理", en: "Unresolved: consumer unreachable" },
        minContacts: 2,
        minVouchers: 1,
        outcome: "reviewing",
      },
    ],
    voucherSlot: {
      key: "negotiation_vouchers",
      label: { "zh-CN": "协商凭证", en: "Negotiation vouchers" },
      accepts: [...imageKinds, "pdf"],
      min: 0,
      max: 9,
    },
    contactChannels: [
      { key: "phone", label: { "zh-CN": "电话", en: "Phone" } },
      { key: "im", label: { "zh-CN": "旺旺/在线客服", en: "Chat" } },
      { key: "sms", label: { "zh-CN": "短信", en: "SMS" } },
    ],
  },
  timeoutEffects: { fullRefund: false, compensation: null, delisting: false, judgment: true },
  timeoutConsequence: {
    "zh-CN": "24 小时内未回复,工单将转平台按纠纷标准判责",
    en: "With no reply in 24h the platform judges the work order by the dispute standards",
  },
};

/** WO-TM-7: forged evidence — 12 points for an ordinary case, 48 for a serious one. */
export const forgedEvidenceViolation: {
  rule: string;
  points: Record<"ordinary" | "serious", number>;
  reason: LocalizedText;
} = {
  rule: "WO-TM-7",
  points: { ordinary: 12, serious: 48 },
  reason: { "zh-CN": "提交伪造凭证", en: "Forged evidence submitted" },
};
