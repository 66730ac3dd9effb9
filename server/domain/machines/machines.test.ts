import { describe, expect, it } from "vitest";
import { disputeStatuses } from "../dispute";
import { DomainError } from "../errors";
import { invoiceStatuses } from "../invoice";
import { workOrderStatuses } from "../work-order";
import { disputeMachine, disputeTransitions } from "./dispute";
import { invoiceMachine } from "./invoice-request";
import { workOrderMachine, workOrderTransitions } from "./work-order";

describe("transition tables", () => {
  it("cover every status of every aggregate", () => {
    expect(Object.keys(workOrderTransitions).sort()).toEqual([...workOrderStatuses].sort());
    expect(Object.keys(disputeTransitions).sort()).toEqual([...disputeStatuses].sort());
    expect(Object.keys(invoiceMachine.table).sort()).toEqual([...invoiceStatuses].sort());
  });

  it("DSP-1: a dispute takes exactly one plan — after a settlement no evidence plan is possible", () => {
    const afterSettlement = disputeMachine.next("awaiting_merchant", "choose_settlement");
    expect(afterSettlement).toBe("awaiting_consumer");
    expect(disputeMachine.can(afterSettlement, "choose_no_fault")).toBe(false);
    expect(() => disputeMachine.next(afterSettlement, "choose_settlement")).toThrow(DomainError);
  });

  it("DSP-2: the consumer confirms into settled or rejects into platform judgment", () => {
    expect(disputeMachine.next("awaiting_consumer", "confirm")).toBe("settled");
    expect(disputeMachine.next("awaiting_consumer", "auto_confirm")).toBe("settled");
    expect(disputeMachine.next("awaiting_consumer", "reject")).toBe("platform_judging");
  });

  it("DSP-5: judgments are final", () => {
    expect(disputeMachine.next("platform_judging", "judge")).toBe("judged");
    for (const event of ["judge", "confirm", "reject", "choose_settlement"] as const) {
      expect(disputeMachine.can("judged", event)).toBe(false);
    }
  });

  it("INV-7/INV-6: only open work orders expire and only promised ones break", () => {
    expect(workOrderMachine.next("open", "expire")).toBe("expired");
    expect(workOrderMachine.next("promised", "break_promise")).toBe("broken");
    expect(workOrderMachine.can("resolved", "expire")).toBe(false);
    expect(workOrderMachine.can("open", "break_promise")).toBe(false);
  });

  it("a stale action is a CONFLICT with a message in both languages", () => {
    try {
      invoiceMachine.next("issued", "issue");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      const e = error as DomainError;
      expect(e.kind).toBe("CONFLICT");
      expect(e.code).toBe("STALE_STATE");
      expect(e.text["zh-CN"]).toMatch(/刷新/);
      expect(e.text.en).toMatch(/refresh/);
    }
  });
});
