import { describe, expect, it } from "vitest";
import { serviceSteps, type StepFacts } from "./steps";

const at = "2026-03-01T00:00:00Z";
const goods = (over: Partial<StepFacts>): StepFacts => ({
  status: "pending_review",
  track: "goods",
  sendInRepair: false,
  approvedAt: null,
  shippedAt: null,
  receivedAt: null,
  visitRecordedAt: null,
  proposalStage: null,
  ...over,
});
const keys = (f: StepFacts) => serviceSteps(f).map((s) => `${s.key}:${s.state}`);

describe("service order progress steps", () => {
  it("AS-2: a new application waits for the merchant's review", () => {
    expect(keys(goods({}))).toEqual([
      "apply:done",
      "review:current",
      "return:upcoming",
      "receive:upcoming",
      "process:upcoming",
      "complete:upcoming",
    ]);
  });
  it("AS-4: received goods wait for processing; completed shows every step done", () => {
    const received = goods({ status: "awaiting_processing", approvedAt: at, shippedAt: at, receivedAt: at });
    expect(keys(received).slice(3)).toEqual(["receive:done", "process:current", "complete:upcoming"]);
    expect(keys({ ...received, status: "completed" }).every((k) => k.endsWith(":done"))).toBe(true);
  });
  it("AS-5: a proposal in review keeps 审核 current; one in processing keeps 处理 current", () => {
    expect(keys(goods({ status: "awaiting_consumer", proposalStage: "review" }))[1]).toBe("review:current");
    const processing = goods({
      status: "awaiting_consumer",
      proposalStage: "processing",
      approvedAt: at,
      shippedAt: at,
      receivedAt: at,
    });
    expect(keys(processing)[4]).toBe("process:current");
  });
  it("AS-3: a send-in repair is repaired instead of processed; on-site work visits and is confirmed", () => {
    expect(keys(goods({ sendInRepair: true, status: "repairing", receivedAt: at }))[4]).toBe("repair:current");
    expect(keys(goods({ track: "visit", status: "completion_check", approvedAt: at, visitRecordedAt: at }))).toEqual([
      "apply:done",
      "review:done",
      "visit:done",
      "check:current",
      "complete:upcoming",
    ]);
  });
  it("a closed service order ends where it stopped", () => {
    expect(keys(goods({ status: "closed", approvedAt: at }))).toEqual(["apply:done", "review:done", "closed:closed"]);
  });
});
