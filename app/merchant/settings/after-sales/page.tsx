import { getTranslations } from "next-intl/server";
import { ShopServicesForm } from "@/app/_components/after-sales/shop-services-form";
import { Card } from "@/app/_components/ui/card";
import { getCaller } from "@/app/_trpc/server";

export const metadata = { title: "售后服务设置" };

/** SVC-1..3: the shop's after-sales services; the owner switches them, agents see them. */
export default async function AfterSalesSettingsPage() {
  const t = await getTranslations("afterSales.settings");
  const { canEdit, fastReview, flashRefund, shippingInsurance } = await (
    await getCaller()
  ).afterSales.merchant.services();
  return (
    <div className="flex max-w-2xl flex-col gap-3">
      <h1 className="text-lg font-semibold">{t("title")}</h1>
      <Card>
        <ShopServicesForm current={{ fastReview, flashRefund, shippingInsurance }} canEdit={canEdit} />
      </Card>
    </div>
  );
}
