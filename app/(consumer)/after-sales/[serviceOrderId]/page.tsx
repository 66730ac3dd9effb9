import { getTranslations } from "next-intl/server";
import { ConsumerServiceActions } from "@/app/_components/after-sales/consumer-actions";
import { ServiceOrderDetailView } from "@/app/_components/after-sales/service-order-detail";
import { serviceOrderView } from "@/app/_components/after-sales/view";
import { getCaller, getContext, orNotFound } from "@/app/_trpc/server";

export const metadata = { title: "售后进度" };

/** The consumer's status page: the stepper, whose move by when, consent prompts and the shipping form. */
export default async function ConsumerServiceOrderPage({ params }: { params: Promise<{ serviceOrderId: string }> }) {
  const { serviceOrderId } = await params;
  const detail = serviceOrderView(
    await orNotFound((await getCaller()).afterSales.consumer.get({ serviceOrderId })),
    "consumer",
  );
  const now = (await getContext()).now();
  const t = await getTranslations("afterSales");
  return (
    <ServiceOrderDetailView
      detail={detail}
      serverNow={now}
      backHref="/after-sales"
      backLabel={t("backToMine")}
      orderHref={`/orders/${detail.order.id}`}
      action={<ConsumerServiceActions detail={detail} serverNow={now} />}
    />
  );
}
