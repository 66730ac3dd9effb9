import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { ApplyForm, type ApplyOption } from "@/app/_components/intervention/apply-form";
import { interventionTypeList, unavailableReason } from "@/app/_components/intervention/availability";
import { Card } from "@/app/_components/ui/card";
import { pick } from "@/app/_components/work-orders/localized";
import { getCaller, orNotFound } from "@/app/_trpc/server";
import { HOUR } from "@/server/domain/policies/types";
import { currentWorkOrderPolicy } from "@/server/domain/policies/registry";

export const metadata = { title: "申请平台介入" };

/** WO-1: the consumer applies for platform intervention on their own order (WO-TM-6: not for worry-free orders). */
export default async function ApplyForInterventionPage({ params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params;
  const order = await orNotFound((await getCaller()).consumer.order({ orderId }));
  const t = await getTranslations("workOrder.intervention.apply");
  const locale = await getLocale();
  const facts = { status: order.status, marketplaceStyle: order.shop.marketplaceStyle };
  const options: ApplyOption[] = interventionTypeList.map((type) => {
    const policy = currentWorkOrderPolicy(type);
    return {
      type,
      unavailable: unavailableReason(type, facts),
      hours: Math.round(policy.replyWindowMs / HOUR),
      consequence: pick(policy.timeoutConsequence, locale),
    };
  });
  const anyAvailable = options.some((o) => o.unavailable === null);
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-4">
      <Link href={`/orders/${order.id}`} className="text-sm text-blue-700 hover:underline">
        ← {t("back")}
      </Link>
      <h1 className="text-lg font-semibold">{t("title")}</h1>
      <p className="text-sm text-gray-600">{t("order", { orderNo: order.orderNo, shop: order.shop.name })}</p>
      {order.worryFree ? (
        <Card title={t("worryFree.title")}>
          <p className="text-sm leading-relaxed text-gray-800">{t("worryFree.text")}</p>
        </Card>
      ) : anyAvailable ? (
        <Card>
          <p className="mb-4 text-sm leading-relaxed text-gray-700">{t("intro")}</p>
          <ApplyForm orderId={order.id} options={options} />
        </Card>
      ) : (
        <Card>
          <p className="text-sm text-gray-600">{t("noneAvailable")}</p>
        </Card>
      )}
    </div>
  );
}
