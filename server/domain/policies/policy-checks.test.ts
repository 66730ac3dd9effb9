import { describe, expect, it } from "vitest";
import { policyFamily, type PolicyFamily } from "./families";
import { checkPolicyDraft } from "./policy-checks";
import { diffPolicies } from "./policy-diff";
import type { PolicyJson } from "./policy-shape";

function familyOf(policyId: string): PolicyFamily {
  const family = policyFamily(policyId);
  if (!family) throw new Error(`no family ${policyId}`);
  return family;
}

/** A deep copy of the baseline, changed by `edit`. */
function draftOf(policyId: string, edit: (json: PolicyJson) => void): PolicyJson {
  const json = structuredClone(familyOf(policyId).baseline);
  edit(json);
  return json;
}

const cancel = "jd.dispute.order_cancel";
const at = (json: PolicyJson, key: string): PolicyJson => json[key] as PolicyJson;
const plans = (json: PolicyJson) => json.settlementPlans as PolicyJson[];

describe("policy draft checks", () => {
  it("ROL-1: every code-defined v1 passes its own family's checks", () => {
    for (const id of [
      "jd.urge_invoice",
      "jd.dispute.invoice_refused",
      "jd.dispute.invoice_urged",
      cancel,
      "pdd.not_received",
      "pdd.missing_items",
      "tm.collaborative",
      "jd.after_sales",
      "jd.malicious_complaints",
      "platform.violation_rules",
      "platform.deadlines",
    ])
      expect(checkPolicyDraft(familyOf(id), familyOf(id).baseline)).toEqual([]);
  });

  it("ROL-1: a cancel-dispute v2 with a 24h interception window is valid, and the diff names the change", () => {
    const v2 = draftOf(cancel, (j) => {
      at(j, "cancelWindows").interceptionMs = 86_400_000;
    });
    expect(checkPolicyDraft(familyOf(cancel), v2)).toEqual([]);
    expect(diffPolicies(familyOf(cancel).baseline, v2)).toEqual([
      { path: "cancelWindows.interceptionMs", before: 172_800_000, after: 86_400_000 },
    ]);
  });

  it("ROL-1: a deadline must be positive (zh-CN and en)", () => {
    const draft = draftOf(cancel, (j) => {
      j.answerWindowMs = 0;
    });
    expect(checkPolicyDraft(familyOf(cancel), draft)).toEqual([
      {
        path: "answerWindowMs",
        code: "not_positive",
        params: {},
        message: { "zh-CN": "时限必须大于 0", en: "A deadline or window must be positive" },
      },
    ]);
  });

  it("ROL-1: a plan must exist in the code, and keys are not repeated", () => {
    const draft = draftOf(cancel, (j) => {
      const first = plans(j)[0];
      plans(j).push({ ...first, key: "free_gift" });
    });
    expect(checkPolicyDraft(familyOf(cancel), draft)).toEqual([
      {
        path: "settlementPlans[3].key",
        code: "unknown_option",
        params: { key: "free_gift", known: "direct_refund, agreed_rejection, intercept_48h" },
        message: {
          "zh-CN": "引用的选项不存在:free_gift(可选:direct_refund, agreed_rejection, intercept_48h)",
          en: "No such option: free_gift (known: direct_refund, agreed_rejection, intercept_48h)",
        },
      },
    ]);
  });

  it("ROL-1: an evidence slot's minimum cannot exceed its maximum; file kinds must be known", () => {
    const draft = draftOf(cancel, (j) => {
      const reason = (at(j, "noFault").reasons as PolicyJson[])[0];
      const slot = (reason?.slots as PolicyJson[])[0];
      if (!slot) throw new Error("no slot");
      slot.min = 5;
      slot.accepts = ["gif"];
    });
    expect(checkPolicyDraft(familyOf(cancel), draft).map((i) => [i.path, i.code, i.message.en])).toEqual([
      ["noFault.reasons[0].slots[0].min", "slot_min_above_max", "The slot's minimum (5) is above its maximum (3)"],
      ["noFault.reasons[0].slots[0].accepts", "slot_kind_unknown", "Unknown file kind: gif"],
    ]);
  });

  it("ROL-1: a reminder lead must be shorter than its window; points cannot be negative", () => {
    const urge = draftOf("jd.urge_invoice", (j) => {
      j.reminderBeforeMs = j.replyWindowMs;
    });
    expect(checkPolicyDraft(familyOf("jd.urge_invoice"), urge).map((i) => [i.path, i.code])).toEqual([
      ["reminderBeforeMs", "reminder_not_before_window"],
    ]);
    const rules = draftOf("platform.violation_rules", (j) => {
      const first = (j.manualRules as PolicyJson[])[0];
      if (first) first.points = [-2];
    });
    expect(checkPolicyDraft(familyOf("platform.violation_rules"), rules)).toMatchObject([
      { path: "manualRules[0].points[0]", code: "negative", message: { "zh-CN": "数值不能为负数" } },
    ]);
  });

  it("ROL-1: a draft must keep the policy's structure (no unknown fields, right kinds of values)", () => {
    const draft = draftOf(cancel, (j) => {
      j.answerWindowMs = "24h";
      j.surprise = true;
    });
    expect(checkPolicyDraft(familyOf(cancel), draft).map((i) => [i.path, i.code])).toEqual([
      ["answerWindowMs", "shape"],
      ["", "shape"],
    ]);
  });
});
