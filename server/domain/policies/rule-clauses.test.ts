import { describe, expect, it } from "vitest";
import { citedRules, clausesFor, ruleClauseText, ruleIds } from "./rule-clauses";

describe("rule clauses offered to the judge", () => {
  it("DSP-5: every scenario and work-order type has clauses, each with zh-CN and en wording, the most specific rule first", () => {
    expect(clausesFor({ kind: "dispute", scenario: "invoice_urged" })[0]?.id).toBe("DSP-INV-2");
    expect(clausesFor({ kind: "dispute", scenario: "invoice_refused" })[0]?.id).toBe("DSP-INV-1");
    expect(clausesFor({ kind: "dispute", scenario: "order_cancel" }).map((c) => c.id)).toContain("DSP-CXL-4");
    expect(clausesFor({ kind: "work_order", type: "not_received" }).map((c) => c.id)).toEqual(
      expect.arrayContaining(["WO-PDD-1", "WO-PDD-3"]),
    );
    expect(clausesFor({ kind: "work_order", type: "collaborative" }).map((c) => c.id)).toEqual(
      expect.arrayContaining(["WO-TM-4", "WO-TM-5"]),
    );
    for (const id of ruleIds) {
      expect(ruleClauseText[id]["zh-CN"].length).toBeGreaterThan(5);
      expect(ruleClauseText[id].en.length).toBeGreaterThan(5);
    }
  });

  it("DSP-5: a judgment cites only clauses that apply to its case; duplicates collapse", () => {
    expect(citedRules({ kind: "dispute", scenario: "invoice_urged" }, ["DSP-INV-2", "DSP-5", "DSP-INV-2"])).toEqual({
      ok: true,
      rules: ["DSP-INV-2", "DSP-5"],
    });
    expect(citedRules({ kind: "dispute", scenario: "invoice_urged" }, ["WO-PDD-1", "DSP-5"])).toEqual({
      ok: false,
      notApplicable: ["WO-PDD-1"],
    });
    expect(citedRules({ kind: "work_order", type: "missing_items" }, ["WO-PDD-1"])).toEqual({
      ok: false,
      notApplicable: ["WO-PDD-1"],
    });
  });
});
