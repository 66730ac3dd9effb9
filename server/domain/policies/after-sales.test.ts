import { describe, expect, it } from "vitest";
import { afterSalesReasons } from "../after-sales";
import { DomainError } from "../errors";
import { afterSalesV1, reasonRule, reviewWindowMs } from "./after-sales";
import { platformDeadlinePolicyVersion } from "./platform-deadlines";
import { afterSalesPolicy, currentAfterSalesPolicy } from "./registry";
import { citedRules, clausesFor } from "./rule-clauses";
import { knownViolationRules, localizedReason } from "./violation-rules";

describe("after-sales policy v1", () => {
  it("ROL-1: service orders keep the version they were applied under; unknown versions are refused", () => {
    expect(currentAfterSalesPolicy()).toBe(afterSalesV1);
    expect(afterSalesPolicy("jd.after_sales", 1)).toBe(afterSalesV1);
    expect(() => afterSalesPolicy("jd.after_sales", 99)).toThrow(DomainError);
    expect(platformDeadlinePolicyVersion(1).serviceOrder).toBe(172_800_000);
    expect(() => platformDeadlinePolicyVersion(99)).toThrow(DomainError);
  });

  it("AS-2: 24h to review a 七天无理由 return, 48h for every other reason; JD approves on timeout", () => {
    expect(afterSalesReasons.map((r) => reviewWindowMs(afterSalesV1, r))).toEqual([
      86_400_000, 172_800_000, 172_800_000, 172_800_000, 172_800_000, 172_800_000,
    ]);
    expect(afterSalesV1.review.timeoutOutcome).toBe("approve");
  });

  it("AS-7: the reason list in JD's order, with their zh-CN labels; the merchant's-fault reasons", () => {
    expect(afterSalesV1.reasons.map((r) => r.label["zh-CN"])).toEqual([
      "七天无理由",
      "质量问题",
      "商品破损",
      "发错货",
      "少件/漏发",
      "其他",
    ]);
    expect(afterSalesReasons.filter((r) => reasonRule(afterSalesV1, r).merchantFault)).toEqual([
      "quality_issue",
      "damaged",
      "wrong_item",
      "missing_parts",
    ]);
  });

  it("AS-3/AS-4/AS-8: the policy's windows", () => {
    expect([
      afterSalesV1.processing.windowMs,
      afterSalesV1.repair.onSiteMs,
      afterSalesV1.repair.sendInMs,
      afterSalesV1.consent.windowMs,
      afterSalesV1.reminderBeforeMs,
    ]).toEqual([172_800_000, 604_800_000, 2_592_000_000, 172_800_000, 14_400_000]);
    expect(afterSalesV1.requirements.find((r) => r.code === "no_cod_return")?.label["zh-CN"]).toBe("运费不得到付");
  });

  it("AS-6: missed after-sales deadlines raise known tickets whose reasons read in English", () => {
    expect(knownViolationRules).toEqual(expect.arrayContaining(["AS-2", "AS-3", "AS-4", "AS-6"]));
    expect(localizedReason("寄修商品收货后 30 天内未完成维修", "en")).toBe(
      "Send-in repair not completed within 30 days of receipt",
    );
  });

  it("AS-8: an after-sales case is judged by the AS and SVC clauses", () => {
    expect(clausesFor({ kind: "service_order" })[0]?.id).toBe("AS-5");
    expect(citedRules({ kind: "service_order" }, ["AS-5", "SVC-3", "DSP-5"])).toEqual({
      ok: true,
      rules: ["AS-5", "SVC-3", "DSP-5"],
    });
    expect(citedRules({ kind: "service_order" }, ["WO-PDD-1"])).toEqual({ ok: false, notApplicable: ["WO-PDD-1"] });
  });
});
