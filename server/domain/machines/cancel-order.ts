import type { CancelOrderStatus } from "../cancel-order";
import { machine, type TransitionTable } from "./machine";

export type CancelOrderEvent =
  | "refund" // the merchant approves and the money goes back now (paid / third-party / signed)
  | "intercept" // the merchant approves a platform delivery in transit, or the 48h window ends on one (DSP-CXL-4)
  | "reject" // the merchant rejects a request by hand (DSP-CXL-3)
  | "withdraw" // the consumer withdraws their own request
  | "settle_refund" // a direct-refund plan settles a pending request (DSP-CXL-5)
  | "settle_interception" // a 48h-interception plan settles a pending request (DSP-CXL-5)
  | "window_refund" // the 48h window ends on a third-party (or already signed) delivery (DSP-CXL-4)
  | "window_close" // the 48h window ends on a completed order: nothing is refunded (DSP-CXL-4)
  | "force_refund" // the merchant refunds early, or after all (DSP-CXL-4)
  | "interception_succeeded" // the carrier stopped the parcel → refund (DSP-CXL-4)
  | "interception_failed" // the parcel could not be stopped (see server/domain/cancel-order.ts)
  | "judged_refund"; // a platform judgment refunded the order (DSP-5)

/** Every status a cancel order can reach, and by what (DSP-CXL-2..5). */
export const cancelOrderTransitions = {
  pending: {
    refund: "refund_succeeded",
    intercept: "intercepting",
    reject: "rejected",
    withdraw: "closed",
    settle_refund: "refund_succeeded",
    settle_interception: "logistics_pending",
    judged_refund: "refund_succeeded",
  },
  logistics_pending: {
    refund: "refund_succeeded",
    intercept: "intercepting",
    window_refund: "refund_succeeded",
    window_close: "closed",
    force_refund: "refund_succeeded",
    settle_refund: "refund_succeeded",
    judged_refund: "refund_succeeded",
  },
  intercepting: {
    interception_succeeded: "refund_succeeded",
    interception_failed: "interception_failed",
    force_refund: "refund_succeeded",
    settle_refund: "refund_succeeded",
    judged_refund: "refund_succeeded",
  },
  interception_failed: { force_refund: "refund_succeeded", judged_refund: "refund_succeeded" },
  refund_succeeded: {},
  rejected: {},
  closed: {},
} satisfies TransitionTable<CancelOrderStatus, CancelOrderEvent>;

export const cancelOrderMachine = machine<CancelOrderStatus, CancelOrderEvent>(cancelOrderTransitions);
