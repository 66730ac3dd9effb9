import type { DisputeDetail } from "@/server/services/disputes/get-dispute";

export type StepState = "done" | "current" | "upcoming";
export interface Step {
  key: "opened" | "answer" | "givenUp" | "awaitingConsumer" | "outcome" | "settled" | "judging" | "judged";
  state: StepState;
}

/**
 * The dispute's path so far and what comes next (DSP-1..5):
 * opened → answer → awaiting consumer → settled, or → platform judging → judged.
 * Urged disputes go straight from opened to platform judging (DSP-INV-2).
 */
export function stepsOf(detail: Pick<DisputeDetail, "dispute" | "policy" | "chosenPlan">): Step[] {
  const { dispute, policy, chosenPlan } = detail;
  const s = dispute.status;
  const steps: Step[] = [{ key: "opened", state: "done" }];
  if (!policy.judgedDirectly) {
    if (s === "awaiting_merchant") {
      steps.push({ key: "answer", state: "current" }, { key: "outcome", state: "upcoming" });
      return steps;
    }
    steps.push({ key: dispute.evidenceGivenUp ? "givenUp" : "answer", state: "done" });
  }
  if (chosenPlan?.kind === "settlement") {
    if (s === "awaiting_consumer")
      return [...steps, { key: "awaitingConsumer", state: "current" }, { key: "settled", state: "upcoming" }];
    steps.push({ key: "awaitingConsumer", state: "done" });
    if (s === "settled") return [...steps, { key: "settled", state: "done" }];
  }
  steps.push({ key: "judging", state: s === "platform_judging" ? "current" : "done" });
  steps.push({ key: "judged", state: s === "judged" ? "done" : "upcoming" });
  return steps;
}
