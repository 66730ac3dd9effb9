import { z } from "zod";
import { idInput, noteInput } from "./fields-input";

/**
 * AS-2: approve with a written opinion and the requirements: 「运费不得到付」, a return address,
 * accessories to send back (goods track), or a visit window (on-site work; optional here — the
 * merchant may schedule it later).
 */
export const approveServiceOrderInput = z
  .strictObject({
    serviceOrderId: idInput,
    opinion: noteInput(2, { zh: "填写审核意见", en: "Write the opinion" }),
    noCodReturn: z.boolean().default(false),
    returnAddress: z.string().trim().max(200, { error: "退货地址最多 200 字 / At most 200 characters" }).optional(),
    includeAccessories: z.boolean().default(false),
    visitFrom: z.coerce.date().optional(),
    visitTo: z.coerce.date().optional(),
  })
  .refine((v) => (v.visitFrom === undefined) === (v.visitTo === undefined), {
    error: "请同时填写上门开始和结束时间 / Give both ends of the visit window",
    path: ["visitTo"],
  })
  .refine((v) => !v.visitFrom || !v.visitTo || v.visitTo > v.visitFrom, {
    error: "结束时间需晚于开始时间 / The window must end after it starts",
    path: ["visitTo"],
  });
export type ApproveServiceOrderInput = z.infer<typeof approveServiceOrderInput>;
export type ApproveServiceOrderForm = z.input<typeof approveServiceOrderInput>;
