import { describe, expect, it } from "vitest";
import { z } from "zod";
import { validationMessage } from "./error-map";

describe("validation messages", () => {
  const schema = z.object({
    title: z.string().min(1, { message: "请填写发票抬头 / Enter the invoice title" }),
    amount: z.number().int(),
  });

  it("speaks the caller's language", () => {
    const result = schema.safeParse({ title: "", amount: 1.5 });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(validationMessage(result.error, "zh-CN")).toBe("请填写发票抬头;输入有误:amount");
    expect(validationMessage(result.error, "en")).toBe("Enter the invoice title; Invalid value for amount");
  });

  it("ignores anything that is not a validation error", () => {
    expect(validationMessage(new Error("boom"), "en")).toBeNull();
  });
});
