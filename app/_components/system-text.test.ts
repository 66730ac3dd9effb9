import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { systemText, systemTextCodes, type SystemText } from "@/server/domain/system-text";
import en from "@/app/_i18n/messages/systemText.en.json";
import zh from "@/app/_i18n/messages/systemText.zh-CN.json";
import { renderStoredText, type SystemTextTranslator } from "./system-text";

const translator = (locale: "zh-CN" | "en"): SystemTextTranslator => {
  const t = createTranslator({ locale, messages: { systemText: locale === "en" ? en : zh }, namespace: "systemText" });
  return (code, values) => t(code, values);
};
const render = (locale: "zh-CN" | "en", message: SystemText | null, text: string | null = null) =>
  renderStoredText(translator(locale), locale, message, text);

const CJK = /[\u4e00-\u9fff]/;
const timeout = systemText("workOrderTimeout", {
  policy: { "zh-CN": "未收到货工单", en: "Not-received work order" },
  consequence: { "zh-CN": "全额退款给消费者", en: "the consumer is refunded in full" },
});

describe("system texts in the reader's language", () => {
  it("a refund reason stored as a code reads in one language each: English only in en, Chinese in zh-CN", () => {
    expect(render("en", systemText("directRefundPlan"))).toBe("Direct-refund dispute plan");
    expect(render("zh-CN", systemText("directRefundPlan"))).toBe("直接退款纠纷方案");
    expect(render("en", timeout)).toBe("Not-received work order not handled in time: the consumer is refunded in full");
    expect(render("zh-CN", timeout)).toBe("未收到货工单超时未处理:全额退款给消费者");
  });

  it("every code has words in both languages, and the English words hold no Chinese", () => {
    const params = {
      policy: { "zh-CN": "工单", en: "Work order" },
      consequence: { "zh-CN": "退款", en: "refund" },
      reason: { "zh-CN": "超时", en: "Late" },
    };
    for (const code of systemTextCodes) {
      const english = render("en", { code, params });
      expect(english, code).not.toMatch(CJK);
      expect(english, code).not.toContain(" / ");
      expect(render("zh-CN", { code, params }), code).toMatch(CJK);
    }
    expect(Object.keys(en).sort()).toEqual([...systemTextCodes].sort());
    expect(Object.keys(zh).sort()).toEqual([...systemTextCodes].sort());
  });

  it("a person's words follow the code as typed; text without a code (typed, or written before codes) shows as stored", () => {
    expect(render("en", systemText("forgedEvidence"), "底单系 PS 修改")).toBe(
      "Forged evidence submitted: 底单系 PS 修改",
    );
    expect(render("zh-CN", systemText("forgedEvidence"), "底单系 PS 修改")).toBe("提交伪造凭证:底单系 PS 修改");
    expect(render("en", null, "工单超时未回复,商家责任")).toBe("工单超时未回复,商家责任");
    expect(render("en", null, "直接退款纠纷方案 / Direct-refund dispute plan")).toBe(
      "直接退款纠纷方案 / Direct-refund dispute plan",
    );
    expect(render("en", null, null)).toBe("");
  });
});
