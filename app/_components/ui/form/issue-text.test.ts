import { describe, expect, it } from "vitest";
import { localizedIssue } from "./issue-text";

describe("schema messages in the viewer's language", () => {
  it("takes the half of a bilingual message", () => {
    expect(localizedIssue("请填写发票抬头 / Enter the invoice title", "zh-CN")).toBe("请填写发票抬头");
    expect(localizedIssue("请填写发票抬头 / Enter the invoice title", "en")).toBe("Enter the invoice title");
    expect(
      localizedIssue("请填写拒绝开票的原因(至少 2 个字)/ Give the reason for refusing (at least 2 characters)", "en"),
    ).toBe("Give the reason for refusing (at least 2 characters)");
  });

  it("leaves zod's generic messages and one-language messages to the form", () => {
    expect(localizedIssue('Invalid option: expected one of "merchant"|"platform"', "zh-CN")).toBeNull();
    expect(localizedIssue("请上传发票文件(PDF 或 OFD)", "en")).toBeNull();
    expect(localizedIssue(undefined, "en")).toBeNull();
  });
});
