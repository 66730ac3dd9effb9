import { describe, expect, it } from "vitest";
import { serviceOrderMachine } from "./machines/service-order";
import { platformDeadline } from "./policies/platform-deadlines";
import {
  agreedResultFits,
  decisionEvent,
  decisionsFor,
  escalationOriginOf,
  serviceOrderDecisions,
} from "./service-order-judgment";

describe("AS-8: what the platform may decide on an after-sales case", () => {
  it("AS-8: every decision is one of the machine's platform_review events", () => {
    for (const d of serviceOrderDecisions)
      expect(serviceOrderMachine.can("platform_review", decisionEvent[d])).toBe(true);
  });

  it("AS-8: the origin is the status the case was escalated from", () => {
    expect(escalationOriginOf("pending_review")).toBe("review");
    expect(escalationOriginOf("awaiting_processing")).toBe("processing");
    expect(escalationOriginOf("repairing")).toBe("repair");
    expect(escalationOriginOf("awaiting_visit")).toBe("completion");
    expect(escalationOriginOf("visit_scheduled")).toBe("completion");
    expect(escalationOriginOf("completed")).toBeNull();
    expect(escalationOriginOf(null)).toBeNull();
  });

  it("AS-8/AS-4: decisions by origin — closing only at review, never once the goods are with the merchant", () => {
    expect(decisionsFor("review", "goods")).toEqual(["approve", "close"]);
    expect(decisionsFor("review", "visit")).toEqual(["approve_visit", "close"]);
    expect(decisionsFor("processing", "goods")).toEqual(["resume_processing", "refund"]);
    expect(decisionsFor("repair", "goods")).toEqual(["resume_repair", "refund"]);
    expect(decisionsFor("completion", "visit")).toEqual(["resume_visit", "confirm_completion", "refund"]);
  });

  it("AS-5/AS-8: an agreed result fits goods-track requests; a send-in repair ends with 原返 or a refund", () => {
    expect(agreedResultFits({ track: "goods", isSendInRepair: false }, "offline_exchange")).toBe(true);
    expect(agreedResultFits({ track: "goods", isSendInRepair: true }, "return_original")).toBe(true);
    expect(agreedResultFits({ track: "goods", isSendInRepair: true }, "exchange_new")).toBe(false);
    expect(agreedResultFits({ track: "visit", isSendInRepair: false }, "refund")).toBe(false);
  });

  it("AS-8: the platform has 48h from the escalation", () => {
    const since = new Date("2026-03-15T04:00:00.000Z");
    expect(platformDeadline({ kind: "service_order" }, since).dueAt).toEqual(new Date("2026-03-17T04:00:00.000Z"));
  });
});
