import { serviceTrack, type ProposalKind, type ServiceResult } from "@/server/domain/after-sales";
import { isPastDue } from "@/server/domain/deadlines";
import type { BusinessMode } from "@/server/domain/shop";
import {
  closeAllowed,
  escalationProblem,
  proposalKindsFor,
  proposalStageOf,
} from "@/server/domain/service-order-consent";
import { proposalLapsed } from "@/server/domain/service-order-deadlines";
import { acceptedResults, mayRecordReceipt } from "@/server/domain/service-order-results";
import type { Tenant } from "../tenant";
import type { ProposalRow } from "./resolve-proposal";
import type { ServiceOrderRow } from "./service-order-access";
import { assertBeforeTimeout } from "./service-order-writes";

export interface ServiceOrderActions {
  approve: boolean;
  propose: readonly ProposalKind[];
  recordReceipt: boolean;
  process: readonly ServiceResult[];
  scheduleVisit: boolean;
  recordVisit: boolean;
  completeRepair: boolean;
  withdraw: boolean;
  shipReturn: boolean;
  respond: boolean;
  confirmCompletion: boolean;
  disputeCompletion: boolean;
  escalate: boolean;
}

const none: ServiceOrderActions = {
  approve: false,
  propose: [],
  recordReceipt: false,
  process: [],
  scheduleVisit: false,
  recordVisit: false,
  completeRepair: false,
  withdraw: false,
  shipReturn: false,
  respond: false,
  confirmCompletion: false,
  disputeCompletion: false,
  escalate: false,
};

function beforeTimeout(row: ServiceOrderRow, now: Date): boolean {
  try {
    assertBeforeTimeout(row, now);
    return true;
  } catch {
    return false;
  }
}

/** What this audience may do now — the same checks the verbs make, so the page offers only these. */
export function allowedActions(
  row: ServiceOrderRow,
  f: {
    tenant: Tenant;
    now: Date;
    mode: BusinessMode;
    proposals: readonly ProposalRow[];
  },
): ServiceOrderActions {
  const { tenant, now } = f;
  const s = row.status;
  const intime = beforeTimeout(row, now);
  const last = f.proposals[0] ?? null;
  const escalate = escalationProblem({ status: s, lastProposal: last, completionDisputed: !!row.completionDisputedAt });
  const onSite = s === "awaiting_visit" || s === "visit_scheduled";
  if (tenant.kind === "merchant") {
    const stage = proposalStageOf(s);
    const dueOpen = !row.dueAt || !isPastDue(row.dueAt, now);
    const kinds = stage && dueOpen ? proposalKindsFor(stage, serviceTrack(row.type, row.repairMode)) : [];
    return {
      ...none,
      approve: s === "pending_review" && intime,
      propose: kinds.filter((k) => !f.proposals.some((p) => p.kind === k && p.stage === stage)),
      recordReceipt: s === "awaiting_receipt" && mayRecordReceipt(f.mode, "merchant"),
      process:
        s === "awaiting_processing" && intime
          ? row.agreedResult
            ? [row.agreedResult]
            : acceptedResults(row.type, row.repairMode)
          : [],
      scheduleVisit: onSite,
      recordVisit: onSite,
      completeRepair: s === "repairing",
      escalate: escalate === null,
    };
  }
  if (tenant.kind === "consumer") {
    const pending = f.proposals.find((p) => p.status === "pending");
    return {
      ...none,
      withdraw: closeAllowed(s, "withdrawn", { goodsWithMerchant: row.receivedAt !== null }),
      shipReturn: s === "awaiting_return" && intime,
      respond: s === "awaiting_consumer" && !!pending && !proposalLapsed(pending, now),
      confirmCompletion: s === "completion_check" && intime,
      disputeCompletion: s === "completion_check" && intime,
      escalate: escalate === null,
    };
  }
  return { ...none, recordReceipt: s === "awaiting_receipt" && mayRecordReceipt(f.mode, "platform") };
}
