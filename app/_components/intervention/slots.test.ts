import { describe, expect, it } from "vitest";
import { notReceivedV1 } from "@/server/domain/policies/not-received";
import { canApplyForIntervention, unavailableReason } from "./availability";
import { acceptFor, yuanToFen } from "./slots";

describe("intervention form helpers", () => {
  it("yuanToFen: yuan with up to two decimals become whole fen; anything else is refused", () => {
    expect(yuanToFen("")).toBe(0);
    expect(yuanToFen("12")).toBe(1200);
    expect(yuanToFen("12.3")).toBe(1230);
    expect(yuanToFen(" 0.05 ")).toBe(5);
    expect(yuanToFen("1.234")).toBeNull();
    expect(yuanToFen("-1")).toBeNull();
    expect(yuanToFen("abc")).toBeNull();
  });

  it("WO-3: a slot's accept list follows its file kinds", () => {
    expect(acceptFor({ key: "x", label: { "zh-CN": "x", en: "x" }, accepts: ["jpeg", "pdf"], min: 1, max: 1 })).toBe(
      ".jpg,.jpeg,.pdf",
    );
    expect(notReceivedV1.paths?.[0]?.slots.map(acceptFor)).toEqual([
      ".jpg,.jpeg,.png,.webp,.pdf",
      ".jpg,.jpeg,.png,.webp,.pdf",
    ]);
  });

  it("WO-1: PDD types need a signed or completed order; collaborative needs a Tmall/Taobao shop and a live order", () => {
    expect(unavailableReason("not_received", { status: "shipped", marketplaceStyle: "pdd" })).toBe("signed");
    expect(unavailableReason("missing_items", { status: "completed", marketplaceStyle: "pdd" })).toBeNull();
    expect(unavailableReason("collaborative", { status: "paid", marketplaceStyle: "pdd" })).toBe("tmall");
    expect(unavailableReason("collaborative", { status: "paid", marketplaceStyle: "taobao" })).toBeNull();
    expect(unavailableReason("collaborative", { status: "cancelled", marketplaceStyle: "tmall" })).toBe("cancelled");
    expect(canApplyForIntervention({ status: "shipped", marketplaceStyle: "jd" })).toBe(false);
    expect(canApplyForIntervention({ status: "shipped", marketplaceStyle: "tmall" })).toBe(true);
    expect(canApplyForIntervention({ status: "cancelled", marketplaceStyle: "tmall" })).toBe(false);
  });
});
