import { describe, expect, it } from "vitest";
import {
  liveServiceOrderStatuses,
  serviceOrderStatuses,
  serviceOrderTab,
  serviceTrack,
  type ServiceOrderStatus,
} from "../after-sales";
import { DomainError } from "../errors";
import {
  approvalEvent,
  receiptEvent,
  serviceOrderMachine,
  serviceOrderTransitions,
  type ServiceOrderEvent,
} from "./service-order";

/** Apply events in order from `from`, returning every status passed through. */
function walk(from: ServiceOrderStatus, events: readonly ServiceOrderEvent[]): ServiceOrderStatus[] {
  const path: ServiceOrderStatus[] = [from];
  let at = from;
  for (const event of events) {
    at = serviceOrderMachine.next(at, event);
    path.push(at);
  }
  return path;
}

describe("service-order transition table", () => {
  it("covers every status; only completed and closed are final", () => {
    expect(Object.keys(serviceOrderTransitions).sort()).toEqual([...serviceOrderStatuses].sort());
    for (const s of ["completed", "closed"] as const) expect(Object.keys(serviceOrderTransitions[s])).toEqual([]);
    for (const s of liveServiceOrderStatuses) expect(Object.keys(serviceOrderTransitions[s]).length).toBeGreaterThan(0);
  });

  it("AS-2/AS-4/AS-5: a return is approved, shipped, signed for, and refunded after the consumer accepts a deduction", () => {
    expect(walk("pending_review", ["approve", "ship_return", "receive", "propose", "process"])).toEqual([
      "pending_review",
      "awaiting_return",
      "awaiting_receipt",
      "awaiting_processing",
      "awaiting_consumer",
      "completed",
    ]);
  });

  it("AS-5/AS-8: an exchange proposed as a return and refused goes back to review and is approved as an exchange", () => {
    expect(
      walk("pending_review", ["propose", "resume_review", "approve", "ship_return", "receive", "process"]),
    ).toEqual([
      "pending_review",
      "awaiting_consumer",
      "pending_review",
      "awaiting_return",
      "awaiting_receipt",
      "awaiting_processing",
      "completed",
    ]);
  });

  it("AS-8: a refused proposal may go to the platform, which approves, sends back to processing, or closes", () => {
    expect(walk("pending_review", ["propose", "resume_review", "escalate", "close"]).at(-1)).toBe("closed");
    expect(serviceOrderMachine.next("platform_review", "approve")).toBe("awaiting_return");
    expect(serviceOrderMachine.next("platform_review", "resume_processing")).toBe("awaiting_processing");
    expect(serviceOrderMachine.next("platform_review", "process")).toBe("completed");
    expect(serviceOrderMachine.next("awaiting_consumer", "close")).toBe("closed");
  });

  it("AS-3: a send-in repair is received into repairing and completes with 原返", () => {
    expect(walk("awaiting_receipt", ["receive_for_repair", "complete_repair"])).toEqual([
      "awaiting_receipt",
      "repairing",
      "completed",
    ]);
    expect(walk("repairing", ["propose", "resume_repair"])).toEqual(["repairing", "awaiting_consumer", "repairing"]);
  });

  it("AS-3: on-site work is scheduled, recorded, and the consumer can say it was not done", () => {
    expect(
      walk("pending_review", [
        "approve_visit",
        "schedule_visit",
        "schedule_visit",
        "record_visit",
        "dispute_completion",
        "record_visit",
        "confirm_completion",
      ]),
    ).toEqual([
      "pending_review",
      "awaiting_visit",
      "visit_scheduled",
      "visit_scheduled",
      "completion_check",
      "awaiting_visit",
      "completion_check",
      "completed",
    ]);
    expect(walk("awaiting_visit", ["escalate", "resume_visit"])).toEqual([
      "awaiting_visit",
      "platform_review",
      "awaiting_visit",
    ]);
  });

  it("AS-4: a return signed for is received whoever records it; nothing is processed before receipt", () => {
    expect(serviceOrderMachine.next("awaiting_receipt", "receive")).toBe("awaiting_processing");
    expect(serviceOrderMachine.can("awaiting_return", "receive")).toBe(false);
    expect(serviceOrderMachine.can("awaiting_receipt", "process")).toBe(false);
    expect(serviceOrderMachine.can("awaiting_processing", "close")).toBe(false);
  });

  it("SVC-1/SVC-2: fast review approves from pending_review; a flash-refunded return completes on arrival", () => {
    expect(serviceOrderMachine.next("pending_review", approvalEvent(serviceTrack("return", null)))).toBe(
      "awaiting_return",
    );
    expect(receiptEvent({ isSendInRepair: false, flashRefunded: true })).toBe("receive_refunded");
    expect(serviceOrderMachine.next("awaiting_receipt", "receive_refunded")).toBe("completed");
  });

  it("AS-1: each type runs on its track; receipt leads where the type needs", () => {
    expect([serviceTrack("return", null), serviceTrack("exchange", null), serviceTrack("repair", "send_in")]).toEqual([
      "goods",
      "goods",
      "goods",
    ]);
    expect([
      serviceTrack("repair", "on_site"),
      serviceTrack("installation", null),
      serviceTrack("setup", null),
      serviceTrack("training", null),
    ]).toEqual(["visit", "visit", "visit", "visit"]);
    expect([approvalEvent("goods"), approvalEvent("visit")]).toEqual(["approve", "approve_visit"]);
    expect(receiptEvent({ isSendInRepair: true, flashRefunded: false })).toBe("receive_for_repair");
    expect(receiptEvent({ isSendInRepair: false, flashRefunded: false })).toBe("receive");
  });

  it("the merchant's list tabs group on-site work under 维修中 and the completion check under 待消费者确认", () => {
    expect(serviceOrderStatuses.map(serviceOrderTab)).toEqual([
      "pending_review",
      "awaiting_return",
      "awaiting_receipt",
      "awaiting_processing",
      "repairing",
      "repairing",
      "repairing",
      "awaiting_consumer",
      "awaiting_consumer",
      "platform_review",
      "completed",
      "closed",
    ]);
  });

  it("a stale action is a CONFLICT", () => {
    expect(() => serviceOrderMachine.next("completed", "process")).toThrow(DomainError);
    expect(() => serviceOrderMachine.next("pending_review", "ship_return")).toThrow(DomainError);
  });
});
