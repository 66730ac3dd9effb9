import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import adjudicationEn from "@/app/_i18n/messages/adjudication.en.json";
import adjudicationZh from "@/app/_i18n/messages/adjudication.zh-CN.json";
import afterSalesEn from "@/app/_i18n/messages/afterSales.en.json";
import afterSalesZh from "@/app/_i18n/messages/afterSales.zh-CN.json";
import timelineEn from "@/app/_i18n/messages/timeline.en.json";
import timelineZh from "@/app/_i18n/messages/timeline.zh-CN.json";
import { serviceOrderDetail, type RootTranslator } from "./timeline-detail";

type Locale = "zh-CN" | "en";
const messages = {
  "zh-CN": { timeline: timelineZh, afterSales: afterSalesZh, adjudication: adjudicationZh },
  en: { timeline: timelineEn, afterSales: afterSalesEn, adjudication: adjudicationEn },
};
const translator = (locale: Locale): RootTranslator => {
  const t = createTranslator({ locale, messages: messages[locale] });
  const tr = (key: string, values?: Record<string, string | number>) => t(key as never, values as never);
  return Object.assign(tr, { has: (key: string) => t.has(key as never) });
};
const TZ = "Asia/Shanghai";
const detail = (locale: Locale, action: string, payload: Record<string, unknown>) =>
  serviceOrderDetail(translator(locale), { action: `service_order.${action}`, payload }, TZ);
const actionText = (locale: Locale, action: string) => translator(locale)(`timeline.actions.service_order.${action}`);

const CJK = /[\u4e00-\u9fff]/;
const serviceNo = "AS2026031500001";
/** Each service_order audit action with the payload its verb or sweep task stores. */
const stored: Record<string, Record<string, unknown>> = {
  applied: { serviceNo, type: "return", repairMode: null, reason: "no_reason_7d", orderNo: "JD1", items: [] },
  fast_review_approved: { serviceNo, service: "fast_review" },
  approved: { serviceNo, requirements: ["no_cod_return", "return_address"] },
  visit_scheduled: { serviceNo, from: "2026-03-16T02:00:00.000Z", to: "2026-03-16T04:00:00.000Z" },
  proposed: { serviceNo, proposalId: "p", kind: "change_result", stage: "review", changeTo: "refund" },
  proposal_accepted: {
    serviceNo,
    proposalId: "p",
    kind: "deduction",
    stage: "processing",
    goodsDeductionFen: 0,
    shippingDeductionFen: 1000,
    refundFen: 18_900,
    refundedFen: 18_900,
  },
  proposal_refused: { serviceNo, proposalId: "p", kind: "reject", stage: "review" },
  proposal_lapsed: { serviceNo, proposalId: "p", kind: "change_result", stage: "review", changeTo: "refund" },
  withdrawn: { serviceNo },
  return_shipped: { serviceNo, carrier: "顺丰速运", trackingNo: "SF1234567890" },
  flash_refunded: { serviceNo, refundedFen: 19_900 },
  received: { serviceNo, recorder: "system" },
  processed: { serviceNo, result: "refund", refundedFen: 18_900 },
  repair_completed: { serviceNo, carrier: "京东快递", trackingNo: "JD0098765432" },
  visit_recorded: { serviceNo, note: "已上门更换主板" },
  completion_confirmed: { serviceNo },
  completion_disputed: { serviceNo, reason: "师傅没来,问题依旧" },
  escalated: { serviceNo, reason: "商家拒绝换货,请平台处理" },
  review_timeout_approved: { serviceNo, basis: "review_timeout" },
  review_timeout_closed: { serviceNo, reason: "review_timeout", basis: "review_timeout" },
  return_not_shipped_closed: { serviceNo, reason: "return_not_shipped", basis: "return_shipment_timeout" },
  processing_timeout_refunded: { serviceNo, result: "refund", refundedFen: 19_900, basis: "processing_timeout" },
  completion_confirmed_by_silence: { serviceNo, basis: "completion_check_timeout" },
  deadline_missed: { serviceNo, kind: "repair" },
  return_missing_flagged: { serviceNo, kind: "return_arrival" },
  judged: { decision: "refund", rules: ["AS-5", "AS-8"], refundedFen: 19_900, violation: true },
  internal_note: { note: "商家提供的检测报告可信" },
};

describe("SHOP-4: a service order's timeline in the reader's language", () => {
  it("SHOP-4: every service_order action has words in zh-CN and en, and its detail shows no raw code", () => {
    expect(Object.keys(timelineZh.actions.service_order).sort()).toEqual(Object.keys(stored).sort());
    expect(Object.keys(timelineEn.actions.service_order).sort()).toEqual(Object.keys(stored).sort());
    for (const [action, payload] of Object.entries(stored)) {
      for (const locale of ["zh-CN", "en"] as const) {
        const words = `${actionText(locale, action)} ${detail(locale, action, payload) ?? ""}`;
        expect(words, `${locale} ${action}`).not.toMatch(/[{}]|[a-z]+_[a-z_]+/);
        if (locale === "zh-CN") expect(words, action).toMatch(CJK);
      }
      const english = `${actionText("en", action)} ${detail("en", action, payload) ?? ""}`;
      // English shows no Chinese except what a person typed or a carrier's name.
      if (
        !["visit_recorded", "completion_disputed", "escalated", "return_shipped", "repair_completed"].includes(action)
      )
        expect(english, action).not.toMatch(CJK);
    }
  });

  it("AS-8: a platform decision says what was decided, the refund and the rules it cites", () => {
    expect(detail("zh-CN", "judged", stored.judged ?? {})).toBe("平台判定退款 ¥199.00(依据 AS-5、AS-8)");
    expect(detail("en", "judged", { decision: "close", rules: ["AS-5"] })).toBe(
      "For the merchant: close the service order (under AS-5)",
    );
  });

  it("AS-1/AS-2: the application says its type and reason; the approval its requirements", () => {
    expect(detail("zh-CN", "applied", stored.applied ?? {})).toBe("退货 · 七天无理由");
    expect(detail("en", "applied", stored.applied ?? {})).toBe("Return · 7-day no-reason return");
    expect(detail("zh-CN", "applied", { type: "repair", repairMode: "send_in", reason: "quality_issue" })).toBe(
      "寄修 · 质量问题",
    );
    expect(detail("zh-CN", "approved", stored.approved ?? {})).toBe("要求:运费不得到付、退货地址");
    expect(detail("en", "approved", stored.approved ?? {})).toBe(
      "Requirements: No cash-on-delivery return shipping; Return address",
    );
    expect(detail("zh-CN", "approved", { requirements: [] })).toBeNull();
    expect(detail("zh-CN", "visit_scheduled", stored.visit_scheduled ?? {})).toBe(
      "上门时间:2026-03-16 10:00 – 2026-03-16 12:00",
    );
  });

  it("AS-4/AS-5: proposals, shipments, results and refunds read as words and amounts", () => {
    expect(detail("zh-CN", "proposed", stored.proposed ?? {})).toBe("变更处理结果:改为「退款」");
    expect(detail("zh-CN", "proposal_accepted", stored.proposal_accepted ?? {})).toBe(
      "扣款:商品 ¥0.00,运费 ¥10.00;退款 ¥189.00",
    );
    expect(detail("en", "proposal_refused", stored.proposal_refused ?? {})).toBe("Reject the request");
    expect(detail("zh-CN", "return_shipped", stored.return_shipped ?? {})).toBe("顺丰速运 运单号 SF1234567890");
    expect(detail("zh-CN", "processed", stored.processed ?? {})).toBe("退款 ¥189.00");
    expect(
      detail("en", "processed", { result: "return_original", carrier: "JD Logistics", trackingNo: "JD0098765432" }),
    ).toBe("Return the original · JD Logistics tracking no. JD0098765432");
    expect(detail("zh-CN", "flash_refunded", stored.flash_refunded ?? {})).toBe("退款 ¥199.00");
    expect(detail("zh-CN", "received", stored.received ?? {})).toBe("物流签收(视为收货)");
  });

  it("AS-6: a missed deadline names its step; a closing reason is not repeated as a code", () => {
    expect(detail("zh-CN", "deadline_missed", stored.deadline_missed ?? {})).toBe("超时环节:商家完成维修");
    expect(detail("en", "deadline_missed", stored.deadline_missed ?? {})).toBe("Missed: Merchant completes the repair");
    expect(detail("zh-CN", "review_timeout_closed", stored.review_timeout_closed ?? {})).toBeNull();
    expect(detail("zh-CN", "return_not_shipped_closed", stored.return_not_shipped_closed ?? {})).toBeNull();
  });

  it("SHOP-4: a person's words (a visit note, an escalation's reason) are left to the timeline as typed", () => {
    expect(detail("en", "escalated", stored.escalated ?? {})).toBeUndefined();
    expect(detail("en", "visit_recorded", stored.visit_recorded ?? {})).toBeUndefined();
    expect(serviceOrderDetail(translator("en"), { action: "cancel_order.requested", payload: {} }, TZ)).toBeUndefined();
  });
});
