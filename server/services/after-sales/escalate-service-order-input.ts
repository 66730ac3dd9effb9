import { z } from "zod";
import { idInput, noteInput } from "./fields-input";

/** AS-8: platform intervention after a refused proposal or a disputed completion. */
export const escalateServiceOrderInput = z.strictObject({
  serviceOrderId: idInput,
  reason: noteInput(5, { zh: "说明申请平台介入的理由", en: "Say why the platform should step in" }),
});
export type EscalateServiceOrderInput = z.infer<typeof escalateServiceOrderInput>;
