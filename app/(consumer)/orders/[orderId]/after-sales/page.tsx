import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ApplyForm } from "@/app/_components/after-sales/apply-form";
import { Card } from "@/app/_components/ui/card";
import { getCaller, orNotFound } from "@/app/_trpc/server";

export const metadata = { title: "申请售后" };

/** AS-1/AS-7: the application, showing per item what may be applied for and until when. */
export default async function ApplyAfterSalesPage({ params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params;
  const caller = await getCaller();
  const order = await orNotFound(caller.consumer.order({ orderId }));
  const options = await orNotFound(caller.afterSales.consumer.options({ orderId }));
  const t = await getTranslations("afterSales.consumer");
  return (
    <div className="flex max-w-3xl flex-col gap-3">
      <Link href={`/orders/${orderId}`} className="text-sm text-blue-700 hover:underline">
        ← {order.orderNo}
      </Link>
      <h1 className="text-lg font-semibold">{t("applyTitle")}</h1>
      <Card>
        <ApplyForm options={options} timeZone={order.shop.timeZone} />
      </Card>
    </div>
  );
}
