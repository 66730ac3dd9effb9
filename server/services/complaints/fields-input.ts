import { z } from "zod";
import { currentComplaintPolicy } from "@/server/domain/policies/registry";

/** Shared fields of the complaint input schemas (pure: the client forms import them). */
export const idInput = z.string().max(64);
export const complaintIdInput = z.strictObject({ complaintId: idInput });
export type ComplaintIdInput = z.infer<typeof complaintIdInput>;

/** Keyset paging as in services/pagination.ts (restated: input files stay pure). */
export const cursorInput = z.string().max(200).optional();
export const limitInput = z.number().int().min(1).max(100).default(20);

const policy = currentComplaintPolicy();

/** MAL-1: the complaint's statement, within the current policy's lengths (re-checked on the server). */
export const statementInput = z
  .string()
  .trim()
  .min(policy.statement.minLength, {
    error: `请至少用 ${policy.statement.minLength} 个字说明情况 / Describe what happened in at least ${policy.statement.minLength} characters`,
  })
  .max(policy.statement.maxLength, {
    error: `说明最多 ${policy.statement.maxLength} 字 / At most ${policy.statement.maxLength} characters`,
  });

/** Slot key → uploaded file ids, in display order (the policy's slots decide kinds and counts). */
export const evidenceInput = z.record(z.string().max(64), z.array(idInput).max(9)).default({});

/** A decision's or a clearing's reasons, kept in the audit trail. */
export const reasonInput = z
  .string()
  .trim()
  .min(5, { error: "请至少用 5 个字写明理由 / Give the reasons in at least 5 characters" })
  .max(1000, { error: "理由最多 1000 字 / At most 1000 characters" });
