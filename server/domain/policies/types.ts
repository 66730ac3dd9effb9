import type { LocalizedText } from "../errors";
import type { DisputeScenario } from "../dispute";
import type { FileKind } from "../files";
import type { WorkOrderType } from "../work-order";

/** WO-3: a named evidence slot, the file kinds it accepts and how many files it takes. */
export interface EvidenceSlot {
  key: string;
  label: LocalizedText;
  accepts: readonly FileKind[];
  min: number;
  max: number;
}

/** What a reply or plan must carry, checked on the server. */
export interface Requirements {
  /** An issued invoice: invoice number + uploaded PDF/OFD file. */
  invoice?: boolean;
  /** A date strictly after `now`. */
  futureDate?: boolean;
  /** A written note. */
  note?: boolean;
}

/** INV-5: one way to answer an urge-invoice work order. */
export interface ResolutionOption {
  key: string;
  label: LocalizedText;
  requires: Requirements;
  /** `promised` keeps the work order watching the agreed date (INV-6). */
  outcome: "resolved" | "promised";
}

export interface WorkOrderPolicy {
  id: string;
  version: number;
  type: WorkOrderType;
  name: LocalizedText;
  /** Exact elapsed time to reply (24h = 24×60 minutes). */
  replyWindowMs: number;
  /** NTF-1: remind when this much time is left. */
  reminderBeforeMs: number;
  resolutions: readonly ResolutionOption[];
  /** What happens when nobody replies in time, in words for people. */
  timeoutConsequence: LocalizedText;
}

/** DSP-1: a settlement plan the responsible party may choose. */
export interface SettlementPlan {
  key: string;
  label: LocalizedText;
  /** What the consumer is told will happen if they confirm. */
  explanation: LocalizedText;
  requires: Requirements;
}

/** DSP-3: a no-fault evidence reason and the evidence it asks for. */
export interface EvidenceReason {
  key: string;
  label: LocalizedText;
  slots: readonly EvidenceSlot[];
}

export interface DisputePolicy {
  id: string;
  version: number;
  scenario: DisputeScenario;
  name: LocalizedText;
  /** DSP-4: the responsible party's answer window. */
  answerWindowMs: number;
  /** DSP-2: the consumer's confirmation window; silence confirms. */
  confirmWindowMs: number;
  settlementPlans: readonly SettlementPlan[];
  /** The no-fault evidence plan 无法自主处理,需平台介入判责; null where the scenario has none. */
  noFault: { label: LocalizedText; reasons: readonly EvidenceReason[] } | null;
  /** DSP-INV-2: no plans at all — the platform judges straight away. */
  judgedDirectly: boolean;
}

export const HOUR = 60 * 60 * 1000;
