import type {
  AfterSalesReason,
  DeadlineParty,
  ProposalKind,
  ProposalStage,
  ProposalStatus,
  ReceiptRecorder,
  RepairMode,
  ServiceCloseReason,
  ServiceDeadlineKind,
  ServiceOrderStatus,
  ServiceRequirement,
  ServiceResult,
  ServiceType,
  ShopServices,
} from "@/server/domain/after-sales";
import type { TimelineEntry } from "@/server/services/audit/timeline";

// The view the screens read (view.ts builds it from afterSales.*.get).

export interface ServiceOrderFacts {
  id: string;
  serviceNo: string;
  type: ServiceType;
  repairMode: RepairMode | null;
  reason: AfterSalesReason;
  description: string;
  status: ServiceOrderStatus;
  services: ShopServices;
  requestedResult: ServiceResult | null;
  agreedResult: ServiceResult | null;
  appliedAt: Date;
  reviewOpinion: string | null;
  requirements: ServiceRequirement[];
  approvedAt: Date | null;
  approvedBy: string | null;
  returnCarrier: string | null;
  returnTrackingNo: string | null;
  shippedAt: Date | null;
  flashRefundedAt: Date | null;
  returnMissingFlaggedAt: Date | null;
  receivedAt: Date | null;
  receivedBy: ReceiptRecorder | null;
  visitFrom: Date | null;
  visitTo: Date | null;
  visitRecordedAt: Date | null;
  completionDisputedAt: Date | null;
  processedResult: ServiceResult | null;
  processedAt: Date | null;
  resultCarrier: string | null;
  resultTrackingNo: string | null;
  refundFen: number | null;
  goodsDeductionFen: number;
  shippingDeductionFen: number;
  platformSince: Date | null;
  decisionReason: string | null;
  completedAt: Date | null;
  closeReason: ServiceCloseReason | null;
  closedAt: Date | null;
}

type ProposalParams = {
  changeTo?: ServiceResult;
  goodsDeductionFen?: number;
  shippingDeductionFen?: number;
  refundFen?: number;
};

/** A proposal in the history, with what became of it. */
export interface ServiceProposal {
  id: string;
  kind: ProposalKind;
  stage: ProposalStage;
  status: ProposalStatus;
  params: ProposalParams;
  note: string;
  proposedAt: Date;
  decidedAt: Date | null;
  refusalReason: string | null;
}

/** The proposal waiting for the consumer, with its deadline (AS-8). */
export interface PendingProposal {
  id: string;
  kind: ProposalKind;
  stage: ProposalStage;
  params: ProposalParams;
  note: string;
  proposedAt: Date;
  dueAt: Date;
}

export interface ServiceItem {
  orderItemId: string;
  name: string;
  sku: string;
  unitPriceFen: number;
  quantity: number;
}

export interface ServicePhoto {
  fileId: string;
  slot: string;
  position: number;
}

export interface ServiceOrderActions {
  approve: boolean;
  propose: readonly ProposalKind[];
  recordReceipt: boolean;
  process: readonly ServiceResult[];
  scheduleVisit: boolean;
  recordVisit: boolean;
  completeRepair: boolean;
  withdraw: boolean;
  respond: boolean;
  shipReturn: boolean;
  confirmCompletion: boolean;
  disputeCompletion: boolean;
  escalate: boolean;
}

export interface ServiceOrderDetail {
  viewer: "merchant" | "consumer" | "admin";
  serviceOrder: ServiceOrderFacts;
  order: { id: string; orderNo: string; amountFen: number; shopName: string; consumerName: string; timeZone: string };
  items: ServiceItem[];
  photos: ServicePhoto[];
  /** The running deadline; startedAt is derived from the policy's window (the bar of time used). */
  deadline: { kind: ServiceDeadlineKind; party: DeadlineParty; startedAt: Date; dueAt: Date } | null;
  proposal: PendingProposal | null;
  proposals: ServiceProposal[];
  actions: ServiceOrderActions;
  /** The goods amount of the items applied for (the refund before any deduction). */
  goodsFen: number;
  /** The policy's numbers the forms need. */
  policy: { consentWindowMs: number; maxShippingDeductionFen: number };
  timeline: TimelineEntry[];
}
