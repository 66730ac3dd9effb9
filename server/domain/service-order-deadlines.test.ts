import { describe, expect, it } from "vitest";
import type { AfterSalesReason, ServiceOrderStatus } from "./after-sales";
import { isPastDue } from "./deadlines";
import { afterSalesV1 } from "./policies/after-sales";
import { platformDeadlinesV1 } from "./policies/platform-deadlines";
import {
  msLeftAtPause,
  proposalDueAt,
  proposalLapsed,
  reminderAt,
  resumedDeadline,
  serviceOrderDeadline,
  timeoutEffect,
  type ServiceDeadline,
} from "./service-order-deadlines";

const policies = { afterSales: afterSalesV1, platform: platformDeadlinesV1 };
const at = new Date("2026-03-02T10:00:00.000Z");
const deadline = (
  status: ServiceOrderStatus,
  reason: AfterSalesReason = "quality_issue",
  flashRefunded = false,
): ServiceDeadline | null => serviceOrderDeadline(status, { at, reason, flashRefunded }, policies);

/** The deadline is not over 1 ms before it, and over at it and after it. */
function expectOverAt(due: Date | undefined, iso: string): void {
  expect(due).toEqual(new Date(iso));
  if (!due) return;
  expect(isPastDue(due, new Date(due.getTime() - 1))).toBe(false);
  expect(isPastDue(due, new Date(iso))).toBe(true);
  expect(isPastDue(due, new Date(due.getTime() + 1))).toBe(true);
}

describe("service-order deadlines", () => {
  it("AS-2: the merchant reviews within 48h of the application (−1 ms, at, after)", () => {
    const d = deadline("pending_review");
    expect(d?.kind).toBe("review");
    expect(d?.party).toBe("merchant");
    expectOverAt(d?.dueAt, "2026-03-04T10:00:00.000Z");
  });

  it("AS-2: within 24h when the reason is 七天无理由 (−1 ms, at, after)", () => {
    expectOverAt(deadline("pending_review", "no_reason_7d")?.dueAt, "2026-03-03T10:00:00.000Z");
  });

  it("AS-4: the merchant processes within 48h of receipt (−1 ms, at, after)", () => {
    const d = deadline("awaiting_processing");
    expect([d?.kind, d?.party]).toEqual(["processing", "merchant"]);
    expectOverAt(d?.dueAt, "2026-03-04T10:00:00.000Z");
  });

  it("AS-3: a send-in repair completes within 30 days of receipt (−1 ms, at, after)", () => {
    const d = deadline("repairing");
    expect([d?.kind, d?.party]).toEqual(["repair", "merchant"]);
    expectOverAt(d?.dueAt, "2026-04-01T10:00:00.000Z");
  });

  it("AS-3: on-site work completes within 7 days of approval, scheduled or not (−1 ms, at, after)", () => {
    for (const status of ["awaiting_visit", "visit_scheduled"] as const) {
      const d = deadline(status);
      expect([d?.kind, d?.party]).toEqual(["on_site", "merchant"]);
      expectOverAt(d?.dueAt, "2026-03-09T10:00:00.000Z");
    }
  });

  it("AS-8: a proposal waits 48h for the consumer and lapses at its due instant (−1 ms, at, after)", () => {
    const d = deadline("awaiting_consumer");
    expect([d?.kind, d?.party]).toEqual(["consent", "consumer"]);
    expectOverAt(d?.dueAt, "2026-03-04T10:00:00.000Z");
    const due = proposalDueAt(at, afterSalesV1);
    expect(due).toEqual(new Date("2026-03-04T10:00:00.000Z"));
    expect(proposalLapsed({ status: "pending", dueAt: due }, new Date("2026-03-04T09:59:59.999Z"))).toBe(false);
    expect(proposalLapsed({ status: "pending", dueAt: due }, new Date("2026-03-04T10:00:00.000Z"))).toBe(true);
    expect(proposalLapsed({ status: "pending", dueAt: due }, new Date("2026-03-04T10:00:00.001Z"))).toBe(true);
    expect(proposalLapsed({ status: "refused", dueAt: due }, new Date("2026-03-05T00:00:00.000Z"))).toBe(false);
  });

  it("SVC-2: a flash-refunded return is watched for 7 days after shipping (−1 ms, at, after); others are not", () => {
    const d = deadline("awaiting_receipt", "no_reason_7d", true);
    expect([d?.kind, d?.party]).toEqual(["return_arrival", "carrier"]);
    expectOverAt(d?.dueAt, "2026-03-09T10:00:00.000Z");
    expect(deadline("awaiting_receipt", "no_reason_7d", false)).toBeNull();
  });

  it("AS-2: the consumer ships within 7 days of approval; the on-site completion check runs 72h (−1 ms, at, after)", () => {
    expect(deadline("awaiting_return")?.party).toBe("consumer");
    expectOverAt(deadline("awaiting_return")?.dueAt, "2026-03-09T10:00:00.000Z");
    expect(deadline("completion_check")?.party).toBe("consumer");
    expectOverAt(deadline("completion_check")?.dueAt, "2026-03-05T10:00:00.000Z");
  });

  it("AS-8: the platform decides an escalated case within its 48h service level (−1 ms, at, after)", () => {
    expect(deadline("platform_review")?.party).toBe("platform");
    expectOverAt(deadline("platform_review")?.dueAt, "2026-03-04T10:00:00.000Z");
  });

  it("AS-4: completed and closed service orders run no deadline", () => {
    expect([deadline("completed"), deadline("closed")]).toEqual([null, null]);
  });

  it("AS-8: a refused or lapsed proposal gives back the time left, at least 4h", () => {
    const left = msLeftAtPause(new Date("2026-03-04T10:00:00.000Z"), new Date("2026-03-03T10:00:00.000Z"));
    expect(left).toBe(86_400_000);
    const resumed = resumedDeadline("review", left, new Date("2026-03-05T12:00:00.000Z"), afterSalesV1);
    expectOverAt(resumed.dueAt, "2026-03-06T12:00:00.000Z");
    const nearlyOut = resumedDeadline("processing", 60_000, new Date("2026-03-05T12:00:00.000Z"), afterSalesV1);
    expectOverAt(nearlyOut.dueAt, "2026-03-05T16:00:00.000Z");
    expect(msLeftAtPause(new Date("2026-03-04T10:00:00.000Z"), new Date("2026-03-05T00:00:00.000Z"))).toBe(0);
  });

  it("AS-6: the merchant is reminded 4h before each of its deadlines, never for the consumer's", () => {
    const review = deadline("pending_review");
    if (!review) throw new Error("no deadline");
    expect(reminderAt(review, afterSalesV1)).toEqual(new Date("2026-03-04T06:00:00.000Z"));
    const short = resumedDeadline("review", 60_000, new Date("2026-03-05T12:00:00.000Z"), afterSalesV1);
    expect(reminderAt(short, afterSalesV1)).toEqual(new Date("2026-03-05T12:00:00.000Z"));
    const consent = deadline("awaiting_consumer");
    if (!consent) throw new Error("no deadline");
    expect(reminderAt(consent, afterSalesV1)).toBeNull();
  });
});

describe("what a missed deadline does (AS-6)", () => {
  const goods = { track: "goods" as const, dueResult: "refund" as const };

  it("AS-2/AS-6: a missed review raises the AS-2 ticket (2 points) and approves (JD's timeout outcome)", () => {
    expect(timeoutEffect("review", goods, afterSalesV1)).toEqual({
      violation: afterSalesV1.violations.review,
      event: "approve",
    });
    expect(timeoutEffect("review", { track: "visit", dueResult: null }, afterSalesV1).event).toBe("approve_visit");
    expect(afterSalesV1.violations.review).toMatchObject({ rule: "AS-2", points: 2 });
    const closing = { ...afterSalesV1, review: { ...afterSalesV1.review, timeoutOutcome: "close" as const } };
    expect(timeoutEffect("review", goods, closing)).toEqual({
      violation: afterSalesV1.violations.review,
      event: "close",
      closeReason: "review_timeout",
    });
  });

  it("AS-4/AS-6: missed processing raises the AS-4 ticket and refunds a return in full; other results only the ticket", () => {
    expect(timeoutEffect("processing", goods, afterSalesV1)).toEqual({
      violation: afterSalesV1.violations.processing,
      event: "process",
      refund: "full",
    });
    expect(timeoutEffect("processing", { track: "goods", dueResult: "exchange_new" }, afterSalesV1)).toEqual({
      violation: afterSalesV1.violations.processing,
      event: null,
    });
  });

  it("AS-3/AS-6: missed repair and on-site work raise the AS-3 ticket (4 points); the row stays overdue", () => {
    expect(timeoutEffect("repair", goods, afterSalesV1)).toEqual({
      violation: { rule: "AS-3", points: 4, reason: afterSalesV1.violations.repair.reason },
      event: null,
    });
    expect(timeoutEffect("on_site", { track: "visit", dueResult: null }, afterSalesV1)).toEqual({
      violation: afterSalesV1.violations.on_site,
      event: null,
    });
  });

  it("AS-8/SVC-2: consumer silence lapses a proposal or confirms a completion; an unshipped return closes; a missing flash return is flagged", () => {
    expect(timeoutEffect("consent", goods, afterSalesV1)).toEqual({
      violation: null,
      event: null,
      lapseProposal: true,
    });
    expect(timeoutEffect("completion_check", goods, afterSalesV1)).toEqual({
      violation: null,
      event: "confirm_completion",
    });
    expect(timeoutEffect("return_shipment", goods, afterSalesV1)).toEqual({
      violation: null,
      event: "close",
      closeReason: "return_not_shipped",
    });
    expect(timeoutEffect("return_arrival", goods, afterSalesV1)).toEqual({
      violation: null,
      event: null,
      flag: "return_missing",
    });
    expect(timeoutEffect("platform", goods, afterSalesV1)).toEqual({ violation: null, event: null });
  });
});
