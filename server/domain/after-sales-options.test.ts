import { describe, expect, it } from "vitest";
import {
  afterSalesOptions,
  applicationContentProblem,
  applicationProblem,
  applicationRefused,
  type AfterSalesItemFacts,
  type AfterSalesOrderFacts,
  type ItemAfterSalesOptions,
} from "./after-sales-options";
import { afterSalesV1 } from "./policies/after-sales";

const signed: AfterSalesOrderFacts = {
  status: "signed",
  signedAt: new Date("2026-03-01T02:00:00.000Z"),
  completedAt: null,
};
const item = (over: Partial<AfterSalesItemFacts> = {}): AfterSalesItemFacts => ({
  id: "i1",
  quantity: 2,
  warrantyDays: null,
  returnedQuantity: 0,
  hasLiveServiceOrder: false,
  ...over,
});
const optionsAt = (
  now: string,
  it: AfterSalesItemFacts = item(),
  order: AfterSalesOrderFacts = signed,
): ItemAfterSalesOptions => {
  const [first] = afterSalesOptions(order, [it], afterSalesV1, new Date(now));
  if (!first) throw new Error("no options");
  return first;
};
const reasonsOf = (o: ItemAfterSalesOptions, type: string) =>
  o.available.find((a) => a.type === type)?.reasons.map((r) => r.reason) ?? [];
const choice = { type: "return" as const, reason: "no_reason_7d" as const, repairMode: null, quantity: 1 };

describe("what a consumer may apply for (AS-1, AS-7)", () => {
  it("AS-1: a signed order offers return, exchange, repair (on-site or send-in), installation, setup and training", () => {
    const o = optionsAt("2026-03-02T00:00:00.000Z");
    expect(o.blocked).toBeNull();
    expect(o.maxQuantity).toBe(2);
    expect(o.available.map((a) => a.type)).toEqual([
      "return",
      "exchange",
      "repair",
      "installation",
      "setup",
      "training",
    ]);
    expect(o.available.find((a) => a.type === "repair")?.repairModes).toEqual(["on_site", "send_in"]);
    expect(o.available.find((a) => a.type === "return")?.repairModes).toEqual([]);
    expect(reasonsOf(o, "return")).toEqual([
      "no_reason_7d",
      "other",
      "quality_issue",
      "damaged",
      "wrong_item",
      "missing_parts",
    ]);
    expect(reasonsOf(o, "exchange")).toEqual(["other", "quality_issue", "damaged", "wrong_item", "missing_parts"]);
    expect(reasonsOf(o, "repair")).toEqual(["quality_issue", "damaged", "other"]);
    expect(reasonsOf(o, "installation")).toEqual(["other"]);
  });

  it("AS-7: a 7-day no-reason return closes 7 days after signing (−1 ms open, at and after closed)", () => {
    const before = optionsAt("2026-03-08T01:59:59.999Z");
    expect(
      before.available.find((a) => a.type === "return")?.reasons.find((r) => r.reason === "no_reason_7d")?.until,
    ).toEqual(new Date("2026-03-08T02:00:00.000Z"));
    expect(applicationProblem(before, choice)).toBeNull();
    for (const now of ["2026-03-08T02:00:00.000Z", "2026-03-08T02:00:00.001Z"]) {
      const o = optionsAt(now);
      expect(reasonsOf(o, "return")).toEqual(["quality_issue", "damaged", "wrong_item", "missing_parts"]);
      expect(applicationProblem(o, choice)).toBe("reason_not_allowed");
    }
  });

  it("AS-7: quality-problem returns and exchanges close 15 days after signing (−1 ms open, at and after closed)", () => {
    const quality = { ...choice, type: "exchange" as const, reason: "quality_issue" as const };
    const before = optionsAt("2026-03-16T01:59:59.999Z");
    expect(before.available.find((a) => a.type === "exchange")?.until).toEqual(new Date("2026-03-16T02:00:00.000Z"));
    expect(applicationProblem(before, quality)).toBeNull();
    for (const now of ["2026-03-16T02:00:00.000Z", "2026-03-16T02:00:00.001Z"]) {
      const o = optionsAt(now);
      expect(o.unavailable.filter((u) => u.type === "return" || u.type === "exchange")).toEqual([
        { type: "return", code: "window_closed", closedAt: new Date("2026-03-16T02:00:00.000Z") },
        { type: "exchange", code: "window_closed", closedAt: new Date("2026-03-16T02:00:00.000Z") },
      ]);
      expect(applicationProblem(o, quality)).toBe("window_closed");
    }
  });

  it("AS-7: repair within the item's own warranty (90 days: −1 ms open, at and after closed)", () => {
    const repair = {
      ...choice,
      type: "repair" as const,
      reason: "quality_issue" as const,
      repairMode: "send_in" as const,
    };
    const warranty = item({ warrantyDays: 90 });
    const before = optionsAt("2026-05-30T01:59:59.999Z", warranty);
    expect(before.available.find((a) => a.type === "repair")?.until).toEqual(new Date("2026-05-30T02:00:00.000Z"));
    expect(applicationProblem(before, repair)).toBeNull();
    for (const now of ["2026-05-30T02:00:00.000Z", "2026-05-30T02:00:00.001Z"]) {
      expect(applicationProblem(optionsAt(now, warranty), repair)).toBe("window_closed");
    }
  });

  it("AS-7: without an item warranty the policy's 365 days apply; a warranty of 0 days means no repair", () => {
    const repair = { ...choice, type: "repair" as const, reason: "damaged" as const, repairMode: "on_site" as const };
    expect(optionsAt("2027-03-01T01:59:59.999Z").available.find((a) => a.type === "repair")?.until).toEqual(
      new Date("2027-03-01T02:00:00.000Z"),
    );
    expect(applicationProblem(optionsAt("2027-03-01T02:00:00.000Z"), repair)).toBe("window_closed");
    expect(applicationProblem(optionsAt("2027-03-01T02:00:00.001Z"), repair)).toBe("window_closed");
    const none = optionsAt("2026-03-02T00:00:00.000Z", item({ warrantyDays: 0 }));
    expect(none.unavailable).toEqual([{ type: "repair", code: "no_warranty", closedAt: null }]);
    expect(applicationProblem(none, repair)).toBe("no_warranty");
  });

  it("AS-1: installation, setup and training within 30 days of signing (−1 ms open, at and after closed)", () => {
    const install = { ...choice, type: "installation" as const, reason: "other" as const };
    expect(applicationProblem(optionsAt("2026-03-31T01:59:59.999Z"), install)).toBeNull();
    expect(applicationProblem(optionsAt("2026-03-31T02:00:00.000Z"), install)).toBe("window_closed");
    expect(applicationProblem(optionsAt("2026-03-31T02:00:00.001Z"), install)).toBe("window_closed");
  });

  it("AS-7: a completed order without a signing time counts from completion", () => {
    const completed: AfterSalesOrderFacts = {
      status: "completed",
      signedAt: null,
      completedAt: new Date("2026-03-01T02:00:00.000Z"),
    };
    expect(applicationProblem(optionsAt("2026-03-08T01:59:59.999Z", item(), completed), choice)).toBeNull();
    expect(applicationProblem(optionsAt("2026-03-08T02:00:00.000Z", item(), completed), choice)).toBe(
      "reason_not_allowed",
    );
  });

  it("AS-1: nothing before signing, nothing on a cancelled order, one live service order per item, returned units used up", () => {
    const now = "2026-03-02T00:00:00.000Z";
    expect(optionsAt(now, item(), { status: "shipped", signedAt: null, completedAt: null })).toEqual({
      orderItemId: "i1",
      maxQuantity: 0,
      blocked: "order_not_signed",
      available: [],
      unavailable: [],
    });
    expect(optionsAt(now, item(), { ...signed, status: "cancelled" }).blocked).toBe("order_cancelled");
    for (const status of ["awaiting_payment", "closed_unpaid"] as const)
      expect(optionsAt(now, item(), { status, signedAt: null, completedAt: null }).blocked).toBe("order_unpaid");
    expect(optionsAt(now, item({ hasLiveServiceOrder: true })).blocked).toBe("live_service_order");
    expect(optionsAt(now, item({ returnedQuantity: 2 })).blocked).toBe("nothing_left");
    expect(applicationProblem(optionsAt(now, item({ hasLiveServiceOrder: true })), choice)).toBe("live_service_order");
  });

  it("AS-1: quantities, repair modes and reasons are checked against the options", () => {
    const o = optionsAt("2026-03-02T00:00:00.000Z", item({ quantity: 3, returnedQuantity: 1 }));
    expect(o.maxQuantity).toBe(2);
    expect(applicationProblem(o, { ...choice, quantity: 2 })).toBeNull();
    expect(applicationProblem(o, { ...choice, quantity: 3 })).toBe("quantity_exceeded");
    expect(applicationProblem(o, { ...choice, quantity: 0 })).toBe("quantity_exceeded");
    expect(applicationProblem(o, { ...choice, quantity: 1.5 })).toBe("quantity_exceeded");
    expect(applicationProblem(o, { ...choice, type: "repair", reason: "quality_issue" })).toBe("repair_mode_required");
    expect(applicationProblem(o, { ...choice, repairMode: "on_site" })).toBe("repair_mode_not_applicable");
    expect(applicationProblem(o, { ...choice, type: "exchange", reason: "no_reason_7d" })).toBe("reason_not_allowed");
  });

  it("AS-1: photos and a description as the reason asks", () => {
    expect(applicationContentProblem(afterSalesV1, "no_reason_7d", { description: "", photoCount: 0 })).toBeNull();
    expect(applicationContentProblem(afterSalesV1, "quality_issue", { description: "屏幕有坏点", photoCount: 0 })).toBe(
      "photos_required",
    );
    expect(applicationContentProblem(afterSalesV1, "quality_issue", { description: "坏", photoCount: 1 })).toBe(
      "description_required",
    );
    expect(
      applicationContentProblem(afterSalesV1, "quality_issue", { description: "屏幕有坏点", photoCount: 1 }),
    ).toBeNull();
    expect(applicationContentProblem(afterSalesV1, "damaged", { description: "", photoCount: 10 })).toBe(
      "too_many_photos",
    );
    expect(applicationContentProblem(afterSalesV1, "other", { description: "x".repeat(501), photoCount: 0 })).toBe(
      "description_too_long",
    );
  });

  it("AS-1: a refusal is a BAD_REQUEST with a code and words in both languages", () => {
    const error = applicationRefused("window_closed");
    expect([error.kind, error.code, error.text["zh-CN"], error.text.en]).toEqual([
      "BAD_REQUEST",
      "AS_WINDOW_CLOSED",
      "已超过售后申请期限",
      "The application window has closed",
    ]);
  });
});
