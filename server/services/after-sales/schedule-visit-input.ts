import { z } from "zod";
import { idInput } from "./fields-input";

/** AS-3: the merchant sets (or moves) the on-site visit window. */
export const scheduleVisitInput = z
  .strictObject({
    serviceOrderId: idInput,
    visitFrom: z.coerce.date({ error: "请选择上门开始时间 / Choose when the visit starts" }),
    visitTo: z.coerce.date({ error: "请选择上门结束时间 / Choose when the visit ends" }),
  })
  .refine((v) => v.visitTo > v.visitFrom, {
    error: "结束时间需晚于开始时间 / The window must end after it starts",
    path: ["visitTo"],
  });
export type ScheduleVisitInput = z.infer<typeof scheduleVisitInput>;
export type ScheduleVisitForm = z.input<typeof scheduleVisitInput>;
