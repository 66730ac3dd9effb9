import { z } from "zod";

const policyId = z.string().min(1).max(100);
/** Ids are checked with isUuid in the verbs (NOT_FOUND, like any other unknown id). */
const draftId = z.string().max(64);

export const createDraftInput = z.strictObject({
  policyId,
  /** The version to start from; default: the version in force. */
  baseVersion: z.number().int().min(1).optional(),
});
export type CreateDraftInput = z.infer<typeof createDraftInput>;

export const updateDraftInput = z.strictObject({
  draftId,
  /** The whole policy as JSON (checked against its family on save, see getDraft's `issues`). */
  policy: z.record(z.string(), z.unknown()),
});
export type UpdateDraftInput = z.infer<typeof updateDraftInput>;

export const draftIdInput = z.strictObject({ draftId });
export type DraftIdInput = z.infer<typeof draftIdInput>;

export const setRolloutInput = z.strictObject({
  policyId,
  version: z.number().int().min(2),
  percentage: z
    .number()
    .int()
    .min(0, { error: "比例为 0–100 / The percentage is 0–100" })
    .max(100, { error: "比例为 0–100 / The percentage is 0–100" }),
  shopIds: z.array(z.string().max(64)).max(1000).default([]),
});
export type SetRolloutInput = z.infer<typeof setRolloutInput>;

export const policyIdInput = z.strictObject({ policyId });
export type PolicyIdInput = z.infer<typeof policyIdInput>;
