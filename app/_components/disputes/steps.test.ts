import { describe, expect, it } from "vitest";
import { stepsOf } from "./steps";

type Input = Parameters<typeof stepsOf>[0];
const base = (over: {
  status: Input["dispute"]["status"];
  evidenceGivenUp?: boolean;
  judgedDirectly?: boolean;
  plan?: "settlement" | "no_fault";
}): Input =>
  ({
    dispute: { status: over.status, evidenceGivenUp: over.evidenceGivenUp ?? false },
    policy: { judgedDirectly: over.judgedDirectly ?? false },
    chosenPlan: over.plan ? { kind: over.plan } : null,
  }) as unknown as Input;

const keys = (input: Input) => stepsOf(input).map((s) => `${s.key}:${s.state}`);

describe("dispute progress steps", () => {
  it("DSP-1: awaiting the responsible party shows its answer as the current step", () => {
    expect(keys(base({ status: "awaiting_merchant" }))).toEqual(["opened:done", "answer:current", "outcome:upcoming"]);
  });
  it("DSP-2: a settlement waits for the consumer, then settles — or goes to judgment when rejected", () => {
    expect(keys(base({ status: "awaiting_consumer", plan: "settlement" }))).toEqual([
      "opened:done",
      "answer:done",
      "awaitingConsumer:current",
      "settled:upcoming",
    ]);
    expect(keys(base({ status: "settled", plan: "settlement" }))).toEqual([
      "opened:done",
      "answer:done",
      "awaitingConsumer:done",
      "settled:done",
    ]);
    expect(keys(base({ status: "platform_judging", plan: "settlement" }))).toEqual([
      "opened:done",
      "answer:done",
      "awaitingConsumer:done",
      "judging:current",
      "judged:upcoming",
    ]);
  });
  it("DSP-4 / DSP-INV-2: silence or an urged dispute leads straight to judgment", () => {
    expect(keys(base({ status: "platform_judging", evidenceGivenUp: true }))).toEqual([
      "opened:done",
      "givenUp:done",
      "judging:current",
      "judged:upcoming",
    ]);
    expect(keys(base({ status: "judged", judgedDirectly: true }))).toEqual([
      "opened:done",
      "judging:done",
      "judged:done",
    ]);
  });
});
