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

export interface WorkOrderPolicy extends InterventionPolicyParts {
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
  /** DSP-CXL-4/7 (order_cancel only): the interception window and the merchant's review window. */
  cancelWindows?: { interceptionMs: number; reviewMs: number };
}

export const HOUR = 60 * 60 * 1000;

/** A free-text field a path asks for (e.g. the reshipment tracking number). */
export interface PathField {
  key: string;
  label: LocalizedText;
  required: boolean;
  maxLength: number;
}

/**
 * WO-PDD-1/2: one way the merchant may answer a platform-intervention work order, with the
 * evidence slots (all required slots in one submission, WO-3) and fields it needs.
 * `outcome`: `judging` — the platform checks the evidence and decides; `resolved` — the
 * answer itself settles the work order.
 */
export interface InterventionPath {
  key: string;
  label: LocalizedText;
  slots: readonly EvidenceSlot[];
  fields: readonly PathField[];
  outcome: "judging" | "resolved";
}

/** WO-PDD-2: compensation = percent of the order amount, clamped to [minFen, maxFen]. */
export interface CompensationRule {
  percentOfOrder: number;
  minFen: number;
  maxFen: number;
}

/** WO-2: what a timeout sets in motion for a platform-intervention type, as data. */
export interface TimeoutEffects {
  /** Full refund of what is still refundable, counted as a dispute refund. */
  fullRefund: boolean;
  compensation: CompensationRule | null;
  /** Raise one delisting request for admins. */
  delisting: boolean;
  /** Instead of expiring, send the work order to platform judgment (WO-TM-5). */
  judgment: boolean;
}

/** WO-TM-2/4: one answer to a collaborative work order. */
export interface CollaborativeAnswer {
  key: "agreed" | "not_agreed" | "unresolved";
  label: LocalizedText;
  /** Minimum contact records (each after the work order's creation, WO-TM-3). */
  minContacts: number;
  /** Minimum negotiation/contact voucher files. */
  minVouchers: number;
  outcome: "resolved" | "judging" | "reviewing";
}

/** WO-PDD-3: one check on the adjudicator's review checklist. */
export interface ReviewCheck {
  key: string;
  label: LocalizedText;
}

/** The optional parts platform-intervention policies add to a work-order policy. */
export interface InterventionPolicyParts {
  paths?: readonly InterventionPath[];
  timeoutEffects?: TimeoutEffects;
  reviewChecklist?: readonly ReviewCheck[];
  collaborative?: {
    answers: readonly CollaborativeAnswer[];
    voucherSlot: EvidenceSlot;
    contactChannels: readonly { key: string; label: LocalizedText }[];
  };
}
