import type { DisputeStatus } from "../dispute";
import { machine, type TransitionTable } from "./machine";

export type DisputeEvent =
  | "choose_settlement" // DSP-2
  | "choose_no_fault" // DSP-3
  | "give_up_evidence" // DSP-4: silent past the answer window
  | "confirm" // DSP-2: the consumer accepts the settlement
  | "auto_confirm" // DSP-2: the consumer was silent 72h
  | "reject" // DSP-2: the consumer rejects → platform judgment
  | "judge"; // DSP-5

export const disputeTransitions = {
  awaiting_merchant: {
    choose_settlement: "awaiting_consumer",
    choose_no_fault: "platform_judging",
    give_up_evidence: "platform_judging",
  },
  awaiting_consumer: { confirm: "settled", auto_confirm: "settled", reject: "platform_judging" },
  platform_judging: { judge: "judged" },
  settled: {},
  judged: {},
} satisfies TransitionTable<DisputeStatus, DisputeEvent>;

export const disputeMachine = machine<DisputeStatus, DisputeEvent>(disputeTransitions);
