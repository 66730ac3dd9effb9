import { z } from "zod";
import { serviceResults } from "@/server/domain/after-sales";
import { fenInput, idInput, noteInput, photosInput } from "./fields-input";

const note = noteInput(5, { zh: "向消费者说明理由", en: "Explain it to the consumer" });

/**
 * AS-5: what the merchant asks the consumer to consent to — reject the request, change its
 * result, or (after receipt) refund with deductions (goods and/or shipping, in fen; a goods
 * deduction carries photos of the received goods). The consumer answers within the policy's
 * window (AS-8); silence lapses it and the request stands.
 */
export const proposeToConsumerInput = z.discriminatedUnion("kind", [
  z.strictObject({ serviceOrderId: idInput, kind: z.literal("reject"), note }),
  z.strictObject({
    serviceOrderId: idInput,
    kind: z.literal("change_result"),
    changeTo: z.enum(serviceResults, { error: "请选择变更后的处理结果 / Choose the result" }),
    note,
  }),
  z.strictObject({
    serviceOrderId: idInput,
    kind: z.literal("deduction"),
    goodsDeductionFen: fenInput.default(0),
    shippingDeductionFen: fenInput.default(0),
    note,
    photos: photosInput.default([]),
  }),
]);
export type ProposeToConsumerInput = z.infer<typeof proposeToConsumerInput>;
export type ProposeToConsumerForm = z.input<typeof proposeToConsumerInput>;
