import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/app/_i18n/messages/riskSignals.en.json";
import zh from "@/app/_i18n/messages/riskSignals.zh-CN.json";
import type { RiskSignal } from "@/server/services/risk-signals/types";
import { signalSentence } from "./signal-text";

function say(locale: "zh-CN" | "en", signal: Omit<RiskSignal, "links">): string {
  const t = createTranslator({
    locale,
    messages: { riskSignals: locale === "en" ? en : zh },
    namespace: "riskSignals",
  });
  return signalSentence((key, values) => t(key as never, values as never), { ...signal, links: [] });
}

describe("MAL-3: every signal says why, in the viewer's language", () => {
  it("MAL-3: the unpaid-orders sentence names the shop or the platform", () => {
    const params = { windowDays: 30, orders: 14, unpaid: 11 };
    expect(say("zh-CN", { code: "unpaid_orders", scope: "shop", params })).toBe(
      "近30天该买家在本店下单 14 笔,未付款 11 笔",
    );
    expect(
      say("zh-CN", { code: "unpaid_orders", scope: "platform", params: { ...params, orders: 20, unpaid: 16 } }),
    ).toBe("近30天该买家在全平台下单 20 笔,未付款 16 笔");
    expect(say("en", { code: "unpaid_orders", scope: "platform", params: { ...params, orders: 20, unpaid: 16 } })).toBe(
      "In the last 30 days this buyer placed 20 orders across the platform; 16 were never paid",
    );
  });

  it("MAL-3: the other buyer signals", () => {
    const shop = "shop" as const;
    expect(
      say("zh-CN", {
        code: "shared_address",
        scope: shop,
        params: { windowDays: 90, accounts: 2, orders: 3, addresses: 1 },
      }),
    ).toBe("近90天另有 2 个账号向该买家的 1 个收货地址在本店下单 3 笔");
    expect(
      say("zh-CN", {
        code: "dispute_share",
        scope: shop,
        params: { windowDays: 90, orders: 5, disputed: 3, percent: 60 },
      }),
    ).toBe("近90天该买家在本店的 5 笔订单中有 3 笔发生纠纷,占 60%");
    expect(say("zh-CN", { code: "no_reason_returns", scope: shop, params: { windowDays: 90, returns: 3 } })).toBe(
      "近90天该买家在本店申请七天无理由退货 3 次",
    );
    expect(
      say("zh-CN", {
        code: "split_orders",
        scope: shop,
        params: { windowDays: 30, days: 1, orders: 3, marginPercent: 10 },
      }),
    ).toBe("近30天有 1 天该买家在本店同日拆单,共 3 笔每笔金额刚过满减/包邮门槛(超出不足 10%)且免运费");
    expect(
      say("en", {
        code: "split_orders",
        scope: shop,
        params: { windowDays: 30, days: 1, orders: 3, marginPercent: 10 },
      }),
    ).toBe(
      "On 1 day in the last 30 days this buyer split purchases at this shop: 3 free-shipping orders, each just above a discount or free-shipping threshold (by less than 10%)",
    );
  });

  it("MAL-3: the merchant signals", () => {
    const p = "platform" as const;
    expect(
      say("zh-CN", { code: "non_response", scope: p, params: { windowDays: 90, settled: 5, expired: 2, percent: 40 } }),
    ).toBe("近90天该商家工单 5 笔中超时未回复 2 笔,未响应率 40%");
    expect(say("zh-CN", { code: "forged_evidence", scope: p, params: { windowDays: 365, tickets: 1 } })).toBe(
      "近365天该商家因伪造凭证被开违约单 1 张(WO-TM-7)",
    );
    expect(
      say("zh-CN", { code: "overturned_appeals", scope: p, params: { windowDays: 90, decided: 2, overturned: 1 } }),
    ).toBe("近90天该商家申诉裁定 2 件,其中 1 件违约单被撤销");
    expect(say("zh-CN", { code: "judgments_lost", scope: p, params: { windowDays: 90, decided: 4, lost: 3 } })).toBe(
      "近90天平台判决该商家的案件 4 件,判商家责任 3 件",
    );
    expect(say("en", { code: "forged_evidence", scope: p, params: { windowDays: 365, tickets: 1 } })).toBe(
      "In the last 365 days this merchant received 1 forged-evidence ticket (WO-TM-7)",
    );
  });
});
