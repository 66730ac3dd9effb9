import { describe, expect, it } from "vitest";
import { urgeVerdict } from "./urge-verdict";

describe("urge verdict", () => {
  it("DSP-INV-2: expired or broken binds the invoicing party (merchant for SOP, platform for FBP); resolved lets the evidence decide", () => {
    expect(urgeVerdict({ status: "expired" }, "merchant")).toMatchObject({
      kind: "invoicing_party_liable",
      outcome: "expired",
      liableParty: "merchant",
    });
    expect(urgeVerdict({ status: "broken" }, "merchant")).toMatchObject({
      kind: "invoicing_party_liable",
      outcome: "broken",
      liableParty: "merchant",
    });
    expect(urgeVerdict({ status: "expired" }, "platform")).toMatchObject({
      liableParty: "platform",
      text: { "zh-CN": "催开票工单已超时未回复 → 依 DSP-INV-2 平台担责" },
    });
    expect(urgeVerdict({ status: "resolved" }, "merchant")).toMatchObject({
      kind: "evidence_decides",
      liableParty: null,
    });
    expect(urgeVerdict(null, "merchant")).toEqual({ kind: "none", outcome: null, liableParty: null, text: null });
  });
});
