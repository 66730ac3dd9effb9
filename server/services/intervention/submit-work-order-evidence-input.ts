import { z } from "zod";

export const submitWorkOrderEvidenceInput = z.strictObject({
  workOrderId: z.string().max(64),
  /** The one path taken (WO-PDD-2); may be left out where the policy has a single path. */
  path: z.string().max(64).optional(),
  /** Slot key → uploaded file ids, in display order. */
  evidence: z.record(z.string().max(64), z.array(z.string().max(64)).max(20)),
  /** The path's fields, e.g. { note, trackingNo } for a reshipment. */
  fields: z.record(z.string().max(64), z.string().max(2000)).default({}),
});
