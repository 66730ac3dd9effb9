import { describe, expect, it } from "vitest";
import { z } from "zod";
import { validationFieldErrors, validationMessage } from "./error-map";

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

  it("names each field's first issue, for the form to show beside the field", () => {
    const result = schema.safeParse({ title: "", amount: 1.5 });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(validationFieldErrors(result.error, "zh-CN")).toEqual({ title: "请填写发票抬头", amount: "输入有误" });
    expect(validationFieldErrors(result.error, "en")).toEqual({
      title: "Enter the invoice title",
      amount: "Invalid value",
    });
  });

  it("ignores anything that is not a validation error", () => {
    expect(validationMessage(new Error("boom"), "en")).toBeNull();
    expect(validationFieldErrors(new Error("boom"), "en")).toBeNull();
  });
});
