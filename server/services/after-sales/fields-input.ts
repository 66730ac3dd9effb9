import { z } from "zod";

/** Shared fields of the after-sales input schemas (pure: the client forms import them). */
export const idInput = z.string().max(64);
export const serviceOrderIdInput = z.strictObject({ serviceOrderId: idInput });
export type ServiceOrderIdInput = z.infer<typeof serviceOrderIdInput>;
export const orderIdInput = z.strictObject({ orderId: idInput });
export type OrderIdInput = z.infer<typeof orderIdInput>;

/** Uploaded file ids in display order (the policy's slot decides how many: at most 9). */
export const photosInput = z.array(idInput).max(9, { error: "最多上传 9 张照片 / At most 9 photos" });

export const noteInput = (min: number, what: { zh: string; en: string }) =>
  z
    .string()
    .trim()
    .min(min, { error: `请至少用 ${min} 个字${what.zh} / ${what.en} in at least ${min} characters` })
    .max(500, { error: "最多 500 字 / At most 500 characters" });

export const carrierInput = z
  .string()
  .trim()
  .min(2, { error: "请填写物流公司 / Enter the carrier" })
  .max(40, { error: "物流公司最多 40 字 / At most 40 characters" });

export const trackingNoInput = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9-]{6,32}$/, {
    error: "运单号应为 6–32 位字母或数字 / A tracking number has 6–32 letters or digits",
  });

/** Money in whole fen (¥10 = 1000). */
export const fenInput = z
  .number({ error: "请输入金额 / Enter an amount" })
  .int({ error: "金额须精确到分 / Whole fen only" })
  .min(0, { error: "金额不能为负 / Not negative" })
  .max(100_000_000);
