import { describe, expect, it } from "vitest";
import {
  closeAllowed,
  consentResolution,
  escalationProblem,
  proposalKindsFor,
  proposalProblem,
  proposalStageOf,
  type ProposalRequest,
} from "./service-order-consent";

const exchangeInReview: ProposalRequest = {
  status: "pending_review",
  track: "goods",
  type: "exchange",
  repairMode: null,
  agreedResult: null,
  dueAt: new Date("2026-03-04T10:00:00.000Z"),
  previous: [],
  kind: "change_result",
  changeTo: "refund",
};

describe("proposals (AS-5)", () => {
  it("AS-5: proposals are made in review, processing and repair — nowhere else", () => {
    expect(
      ["pending_review", "awaiting_processing", "repairing", "awaiting_return", "awaiting_visit", "completed"].map(
        (s) => proposalStageOf(s as ProposalRequest["status"]),
      ),
    ).toEqual(["review", "processing", "repair", null, null, null]);
    expect(proposalKindsFor("review", "goods")).toEqual(["reject", "change_result"]);
    expect(proposalKindsFor("review", "visit")).toEqual(["reject"]);
    expect(proposalKindsFor("processing", "goods")).toEqual(["change_result", "deduction"]);
    expect(proposalKindsFor("repair", "goods")).toEqual(["change_result"]);
  });

  it("AS-5: an exchange may be proposed as a return (refund) in review, up to 1 ms before the review deadline", () => {
    expect(proposalProblem(exchangeInReview, new Date("2026-03-04T09:59:59.999Z"))).toBeNull();
    expect(proposalProblem(exchangeInReview, new Date("2026-03-04T10:00:00.000Z"))).toBe("deadline_passed");
    expect(proposalProblem(exchangeInReview, new Date("2026-03-04T10:00:00.001Z"))).toBe("deadline_passed");
  });

  it("AS-5: what needs no consent is not proposed; one proposal of each kind per stage", () => {
    const now = new Date("2026-03-03T00:00:00.000Z");
    expect(proposalProblem({ ...exchangeInReview, changeTo: "offline_exchange" }, now)).toBe("no_consent_needed");
    expect(proposalProblem({ ...exchangeInReview, changeTo: "return_original" }, now)).toBe(
      "change_target_not_allowed",
    );
    expect(proposalProblem({ ...exchangeInReview, changeTo: null }, now)).toBe("change_target_required");
    expect(proposalProblem({ ...exchangeInReview, previous: [{ kind: "change_result", stage: "review" }] }, now)).toBe(
      "already_proposed",
    );
    expect(
      proposalProblem(
        { ...exchangeInReview, kind: "reject", previous: [{ kind: "change_result", stage: "review" }] },
        now,
      ),
    ).toBeNull();
    expect(
      proposalProblem(
        {
          ...exchangeInReview,
          status: "awaiting_processing",
          changeTo: "return_original",
          previous: [{ kind: "change_result", stage: "review" }],
        },
        now,
      ),
    ).toBeNull();
    expect(proposalProblem({ ...exchangeInReview, kind: "deduction" }, now)).toBe("kind_not_allowed");
    expect(proposalProblem({ ...exchangeInReview, status: "awaiting_return" }, now)).toBe("not_in_this_state");
    expect(
      proposalProblem(
        { ...exchangeInReview, agreedResult: "refund", status: "awaiting_processing", changeTo: "exchange_new" },
        now,
      ),
    ).toBeNull();
  });
});

describe("the consumer's answer (AS-8)", () => {
  it("AS-8: a refused or lapsed proposal returns to where it was made with the time left; only a refusal may go to the platform", () => {
    expect(consentResolution({ kind: "change_result", stage: "review" }, "refused")).toEqual({
      event: "resume_review",
      applyProposal: false,
      deadline: "resume",
      mayEscalate: true,
    });
    expect(consentResolution({ kind: "change_result", stage: "review" }, "lapsed")).toEqual({
      event: "resume_review",
      applyProposal: false,
      deadline: "resume",
      mayEscalate: false,
    });
    expect(consentResolution({ kind: "deduction", stage: "processing" }, "lapsed").event).toBe("resume_processing");
    expect(consentResolution({ kind: "change_result", stage: "repair" }, "refused").event).toBe("resume_repair");
  });

  it("AS-5: an accepted rejection closes; an accepted change approves or returns to processing; an accepted deduction refunds", () => {
    expect(consentResolution({ kind: "reject", stage: "review" }, "accepted")).toEqual({
      event: "close",
      closeReason: "rejected_with_consent",
      applyProposal: true,
      deadline: "none",
      mayEscalate: false,
    });
    expect(consentResolution({ kind: "change_result", stage: "review" }, "accepted")).toEqual({
      event: "approve",
      applyProposal: true,
      deadline: "fresh",
      mayEscalate: false,
    });
    expect(consentResolution({ kind: "change_result", stage: "processing" }, "accepted")).toMatchObject({
      event: "resume_processing",
      deadline: "resume",
    });
    expect(consentResolution({ kind: "change_result", stage: "repair" }, "accepted")).toMatchObject({
      event: "resume_processing",
      deadline: "fresh",
    });
    expect(consentResolution({ kind: "deduction", stage: "processing" }, "accepted")).toEqual({
      event: "process",
      applyProposal: true,
      deadline: "none",
      mayEscalate: false,
    });
  });

  it("AS-8: a refused proposal of the current stage, or a disputed on-site completion, may go to the platform", () => {
    expect(
      escalationProblem({
        status: "pending_review",
        lastProposal: { stage: "review", status: "refused" },
        completionDisputed: false,
      }),
    ).toBeNull();
    expect(
      escalationProblem({
        status: "pending_review",
        lastProposal: { stage: "review", status: "lapsed" },
        completionDisputed: false,
      }),
    ).toBe("nothing_refused");
    expect(
      escalationProblem({
        status: "awaiting_processing",
        lastProposal: { stage: "review", status: "refused" },
        completionDisputed: false,
      }),
    ).toBe("nothing_refused");
    expect(escalationProblem({ status: "awaiting_processing", lastProposal: null, completionDisputed: false })).toBe(
      "nothing_refused",
    );
    expect(escalationProblem({ status: "awaiting_visit", lastProposal: null, completionDisputed: true })).toBeNull();
    expect(escalationProblem({ status: "awaiting_visit", lastProposal: null, completionDisputed: false })).toBe(
      "nothing_refused",
    );
    expect(escalationProblem({ status: "awaiting_return", lastProposal: null, completionDisputed: false })).toBe(
      "not_in_this_state",
    );
  });

  it("AS-4: once the goods are with the merchant a service order ends with a result, never by withdrawal or platform close", () => {
    expect(closeAllowed("pending_review", "withdrawn", { goodsWithMerchant: false })).toBe(true);
    expect(closeAllowed("pending_review", "review_timeout", { goodsWithMerchant: false })).toBe(true);
    expect(closeAllowed("awaiting_return", "return_not_shipped", { goodsWithMerchant: false })).toBe(true);
    expect(closeAllowed("awaiting_consumer", "withdrawn", { goodsWithMerchant: true })).toBe(false);
    expect(closeAllowed("platform_review", "platform_decision", { goodsWithMerchant: false })).toBe(true);
    expect(closeAllowed("platform_review", "platform_decision", { goodsWithMerchant: true })).toBe(false);
    expect(closeAllowed("awaiting_receipt", "withdrawn", { goodsWithMerchant: false })).toBe(false);
    expect(closeAllowed("awaiting_return", "review_timeout", { goodsWithMerchant: false })).toBe(false);
  });
});
