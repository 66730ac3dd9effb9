import { HOUR } from "./types";
import { disputePolicy } from "./registry";

/** DSP-CXL-4: the interception window of the cancel-dispute version a dispute pinned (ROL-1). */
export function interceptionWindowMs(policyId: string, policyVersion: number): number {
  return disputePolicy(policyId, policyVersion).cancelWindows?.interceptionMs ?? 48 * HOUR;
}

/**
 * DSP-CXL-7: how long the merchant has to review a consumer's cancel request before the
 * consumer may open a cancellation dispute over it. Keyed by the cancel-dispute version the
 * shop gets when the request is made; the request records its own review deadline then, so a
 * later change never moves it (ROL-1).
 */
export function cancelReviewWindowMs(policyId: string, policyVersion: number): number {
  return disputePolicy(policyId, policyVersion).cancelWindows?.reviewMs ?? 24 * HOUR;
}
