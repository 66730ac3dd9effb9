import type { LocalizedText } from "@/server/domain/errors";

/**
 * DSP-CXL-1..5: the `cancel` section of an order-cancel dispute's detail (`dispute.*.get`, built by
 * cancel-orders/dispute-cancel-section.ts). Typed here as the console reads it, so the case page
 * shows the cancel orders, interception and refunds of an order-cancel dispute.
 */
export interface CancelInterception {
  id: string;
  status: string;
  requestedAt: Date;
  resolvedAt: Date | null;
}

export interface CancelSection {
  order: {
    deliveryType: string;
    status: string;
    worryFree: boolean;
    shippedAt: Date | null;
    signedAt: Date | null;
    completedAt: Date | null;
    cancelledAt: Date | null;
    carrier: string | null;
    trackingNo: string | null;
  };
  planCancelOrderId: string | null;
  cancelOrders: {
    id: string;
    status: string;
    reason: string;
    requestReason: string | null;
    origin: "consumer" | "dispute";
    note: string | null;
    disputeId: string | null;
    requestedAt: Date;
    dueAt: Date | null;
    decidedAt: Date | null;
    rejectReason: string | null;
    closedAt: Date | null;
    refundedFen: number;
    interception: CancelInterception | null;
  }[];
  interception: CancelInterception | null;
  refunds: {
    id: string;
    kind: string;
    amountFen: number;
    reason: string;
    createdAt: Date;
    sourceType: "dispute" | "cancel_order";
  }[];
  refundedFen: number;
  refundableFen: number;
  planAvailability?: Record<string, { available: boolean; reason: LocalizedText | null }>;
}

/** The cancel section of a dispute detail, when the dispute service provides one. */
export function readCancelSection(detail: object): CancelSection | null {
  if (!("cancel" in detail)) return null;
  const cancel: unknown = detail.cancel;
  if (typeof cancel !== "object" || cancel === null || !("cancelOrders" in cancel)) return null;
  return cancel as CancelSection;
}
