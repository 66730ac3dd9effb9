import type { z } from "zod";
import type { EvidenceReason, SettlementPlan } from "@/server/domain/policies/types";
import { choosePlanInput } from "@/server/services/disputes/choose-dispute-plan-input";

/** The form's words for what the chosen plan or evidence reason still needs. */
export interface PlanNeeds {
  note: string;
  date: string;
  invoiceFile: string;
  slot: (slot: EvidenceReason["slots"][number]) => string;
}

/**
 * The verb's schema (choosePlanInput) plus what the policy asks of the chosen plan — a note, a
 * future date, the invoice (unless it is already issued) — and of the chosen evidence reason —
 * each slot's minimum. The server checks all of it again (DSP-1/3, DSP-INV-1).
 */
export function planFormSchema(args: {
  plans: readonly SettlementPlan[];
  reasons: readonly EvidenceReason[];
  invoiceIssued: boolean;
  needs: PlanNeeds;
}) {
  const { plans, reasons, invoiceIssued, needs } = args;
  return choosePlanInput.superRefine((value, ctx) => {
    const missing = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
    if (value.kind === "settlement") {
      const plan = plans.find((p) => p.key === value.plan);
      if (!plan) return;
      if (plan.requires.note && !value.note) missing(["note"], needs.note);
      if (plan.requires.futureDate && !value.date) missing(["date"], needs.date);
      if (plan.requires.invoice && !invoiceIssued && !value.fileId) missing(["fileId"], needs.invoiceFile);
      return;
    }
    const reason = reasons.find((r) => r.key === value.reason);
    for (const slot of reason?.slots ?? []) {
      if ((value.evidence[slot.key]?.length ?? 0) < slot.min) missing(["evidence", slot.key], needs.slot(slot));
    }
  });
}

export type PlanFormInput = z.input<typeof choosePlanInput>;
