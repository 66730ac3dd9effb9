import { getTranslations } from "next-intl/server";
import { RuleNotices } from "@/app/_components/policies/rule-notices";
import { getCaller, getContext } from "@/app/_trpc/server";

export const metadata = { title: "规则公告" };

/** ROL-2: the shop's rule versions, why it runs them, and its notices (公告) of rule changes. */
export default async function MerchantRulesPage() {
  const t = await getTranslations("policies.merchant");
  const data = await (await getCaller()).policies.merchant.mine();
  const timeZone = (await getContext()).actor?.merchant?.timeZone ?? "Asia/Shanghai";
  return (
    <div className="flex flex-col gap-3">
      <div>
        <h1 className="mb-1 text-lg font-semibold">{t("title")}</h1>
        <p className="text-sm text-gray-600">{t("hint")}</p>
      </div>
      <RuleNotices data={data} timeZone={timeZone} />
    </div>
  );
}
