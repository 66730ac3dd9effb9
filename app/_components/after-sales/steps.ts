import type { ProposalStage, ServiceOrderStatus, ServiceTrack } from "@/server/domain/after-sales";

/** The consumer's progress steps (申请 → 审核 → 寄回 → 收货 → 处理 → 完成, or the visit's path). */
export type StepKey = "apply" | "review" | "return" | "receive" | "process" | "repair" | "visit" | "check" | "complete";
export type StepState = "done" | "current" | "upcoming";
export interface Step {
  key: StepKey | "closed";
  state: StepState | "closed";
}

export interface StepFacts {
  status: ServiceOrderStatus;
  track: ServiceTrack;
  /** A send-in repair: the goods come back and are repaired (维修) instead of processed. */
  sendInRepair: boolean;
  approvedAt: Date | string | null;
  shippedAt: Date | string | null;
  receivedAt: Date | string | null;
  visitRecordedAt: Date | string | null;
  /** Where a pending proposal was made (awaiting_consumer). */
  proposalStage: ProposalStage | null;
}

export function pathOf(track: ServiceTrack, sendInRepair: boolean): readonly StepKey[] {
  if (track === "visit") return ["apply", "review", "visit", "check", "complete"];
  return ["apply", "review", "return", "receive", sendInRepair ? "repair" : "process", "complete"];
}

/** How far the facts reached: the index of the step in progress on the path. */
function reachedIndex(f: StepFacts): number {
  if (f.track === "visit") {
    if (f.visitRecordedAt) return 3;
    return f.approvedAt ? 2 : 1;
  }
  if (f.receivedAt) return 4;
  if (f.shippedAt) return 3;
  return f.approvedAt ? 2 : 1;
}

function currentIndex(f: StepFacts): number {
  switch (f.status) {
    case "pending_review":
      return 1;
    case "awaiting_return":
    case "awaiting_visit":
    case "visit_scheduled":
      return 2;
    case "awaiting_receipt":
    case "completion_check":
      return 3;
    case "awaiting_processing":
    case "repairing":
      return 4;
    case "awaiting_consumer":
      if (f.proposalStage === "review") return 1;
      return f.proposalStage ? 4 : reachedIndex(f);
    case "platform_review":
    case "closed":
      return reachedIndex(f);
    case "completed":
      return Number.POSITIVE_INFINITY;
  }
}

/**
 * Where a service order is on its path. A completed one has every step done; a closed one ends
 * with a 「已关闭」 step where it stopped (the steps after it are dropped).
 */
export function serviceSteps(f: StepFacts): Step[] {
  const path = pathOf(f.track, f.sendInRepair);
  const current = currentIndex(f);
  if (f.status === "closed") {
    const done = path.slice(0, current).map((key): Step => ({ key, state: "done" }));
    return [...done, { key: "closed", state: "closed" }];
  }
  return path.map((key, i): Step => {
    if (i < current) return { key, state: "done" };
    if (i === current) return { key, state: "current" };
    return { key, state: "upcoming" };
  });
}
