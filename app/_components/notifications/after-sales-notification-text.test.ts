import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import en from "@/app/_i18n/messages/notification.en.json";
import zh from "@/app/_i18n/messages/notification.zh-CN.json";

type Params = Record<string, string | number>;
const texts: Record<"zh-CN" | "en", Record<string, string>> = {
  "zh-CN": zh.kinds.service_order,
  en: en.kinds.service_order,
};

/** The sentence as useNotificationText renders it (amounts in yuan; instants shown as given here). */
function render(locale: "zh-CN" | "en", kind: string, params: Params): string {
  const message = texts[locale][kind];
  if (!message) throw new Error(`no text for ${kind} in ${locale}`);
  const amount = typeof params.amountFen === "number" ? `¥${(params.amountFen / 100).toFixed(2)}` : "";
  return String(new IntlMessageFormat(message, locale).format({ ...params, amount }));
}

const base = { serviceNo: "AS2026031500001", type: "return" };
/** The parameters after-sales-notifications.ts stores with each kind. */
const stored: Record<string, Params> = {
  applied: { ...base, reason: "no_reason_7d", dueAt: "3月16日 12:00" },
  reminder: { ...base, dueKind: "processing", dueAt: "3月16日 12:00" },
  approved: { ...base, basis: "review_timeout", dueAt: "3月23日 12:00" },
  consent_requested: { ...base, proposal: "deduction", dueAt: "3月17日 12:00" },
  answered: { ...base, proposal: "change_result", decision: "lapsed", dueAt: "3月17日 22:00" },
  escalated: { ...base, by: "consumer" },
  processed: { ...base, result: "refund", amountFen: 28_900, basis: "consent" },
  completed: { ...base, basis: "silence" },
  closed: { ...base, why: "return_not_shipped" },
  return_missing: { ...base, trackingNo: "SF1234567890", shippedAt: "2026-03-15T04:00:00.000Z" },
  withdrawn: { ...base },
  visit_scheduled: { ...base, type: "repair", visitFrom: "3月16日 12:00", visitTo: "3月16日 14:00" },
  visit_recorded: { ...base, type: "repair", dueAt: "3月20日 13:00" },
  received: { ...base, recorder: "system" },
  completion_disputed: { ...base, type: "repair", dueAt: "3月22日 12:00" },
  judged: { serviceNo: "AS2026031500001", decision: "resume_processing" },
};

describe("NTF-1/NTF-2: after-sales notification texts", () => {
  it("NTF-1/NTF-2: every after-sales notification kind has words in zh-CN and en for the parameters it is stored with", () => {
    expect(Object.keys(texts["zh-CN"]).sort()).toEqual(Object.keys(stored).sort());
    expect(Object.keys(texts.en).sort()).toEqual(Object.keys(stored).sort());
    for (const [kind, params] of Object.entries(stored))
      for (const locale of ["zh-CN", "en"] as const) expect(render(locale, kind, params)).not.toMatch(/[{}]/);
  });

  it("NTF-2: the consumer reads the refund, the closing reason, the consent request and the visit window; AS-8: the merchant reads a lapse; NTF-1: a withdrawal", () => {
    expect(render("zh-CN", "processed", stored.processed ?? {})).toBe(
      "售后服务单 AS2026031500001 已处理:已退款 ¥289.00,原路退回",
    );
    expect(render("zh-CN", "closed", stored.closed ?? {})).toBe("售后服务单 AS2026031500001 已关闭:未在时限内寄回商品");
    expect(render("zh-CN", "consent_requested", stored.consent_requested ?? {})).toBe(
      "商家请您同意「退款扣减」(售后服务单 AS2026031500001),请在 3月17日 12:00 前同意或拒绝;逾期未处理,原申请不变",
    );
    expect(render("zh-CN", "answered", stored.answered ?? {})).toBe(
      "消费者未在时限内答复,您的方案(变更处理结果)— 售后服务单 AS2026031500001:原申请不变,请在 3月17日 22:00 前继续处理",
    );
    expect(render("zh-CN", "visit_scheduled", stored.visit_scheduled ?? {})).toBe(
      "商家已安排上门服务(售后服务单 AS2026031500001):3月16日 12:00 至 3月16日 14:00",
    );
    expect(render("en", "withdrawn", stored.withdrawn ?? {})).toBe(
      "The consumer withdrew after-sales request AS2026031500001 (return); the service order is closed and needs nothing more",
    );
    expect(render("zh-CN", "received", stored.received ?? {})).toBe(
      "您寄回的商品已签收(售后服务单 AS2026031500001,物流签收),商家将尽快处理",
    );
    expect(render("en", "completion_disputed", stored.completion_disputed ?? {})).toBe(
      "The consumer says the on-site service was not done (service order AS2026031500001): complete it by 3月22日 12:00",
    );
    expect(render("zh-CN", "judged", stored.judged ?? {})).toBe("平台已判定售后服务单 AS2026031500001:退回商家处理");
    expect(render("en", "approved", stored.approved ?? {})).toBe(
      "The merchant did not review in time, so it was approved automatically: your after-sales request AS2026031500001 (return) was approved",
    );
  });
});
