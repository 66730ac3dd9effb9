import type { EvidenceSlot, InterventionPath, PathField } from "@/server/domain/policies/types";
import { submitWorkOrderEvidenceInput } from "@/server/services/intervention/submit-work-order-evidence-input";

/** The form's words for what the chosen path still needs. */
export interface EvidenceNeeds {
  path: string;
  slot: (slot: EvidenceSlot) => string;
  field: (field: PathField) => string;
}

/**
 * The verb's schema plus what the policy asks (WO-PDD-1/2, WO-3): one path where there are
 * several, each of its slots' minimum, its required fields. The server checks all of it again.
 */
export function evidenceFormSchema(paths: readonly InterventionPath[], needs: EvidenceNeeds) {
  return submitWorkOrderEvidenceInput.superRefine((value, ctx) => {
    const path = paths.length === 1 ? paths[0] : paths.find((p) => p.key === value.path);
    if (!path) return void ctx.addIssue({ code: "custom", path: ["path"], message: needs.path });
    for (const slot of path.slots) {
      if ((value.evidence[slot.key]?.length ?? 0) < slot.min)
        ctx.addIssue({ code: "custom", path: ["evidence", slot.key], message: needs.slot(slot) });
    }
    for (const field of path.fields) {
      if (field.required && !value.fields[field.key]?.trim())
        ctx.addIssue({ code: "custom", path: ["fields", field.key], message: needs.field(field) });
    }
  });
}
