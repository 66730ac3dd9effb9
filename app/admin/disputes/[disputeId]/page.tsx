import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DisputeDetailView } from "@/app/_components/disputes/dispute-detail";
import { PlanFormSlot } from "@/app/_components/disputes/plan-form-slot";
import { getCaller, getContext, orNotFound } from "@/app/_trpc/server";

export const metadata = { title: "纠纷单详情" };

/** SHOP-1: the platform answers FBP invoice disputes with the same plan form merchants use. */
export default async function AdminDisputePage({ params }: { params: Promise<{ disputeId: string }> }) {
  const { disputeId } = await params;
  const detail = await orNotFound((await getCaller()).dispute.admin.get({ disputeId }));
  const now = (await getContext()).now();
  const t = await getTranslations("dispute");
  const judging = detail.dispute.status === "platform_judging";
  return (
    <DisputeDetailView
      detail={detail}
      serverNow={now}
      backHref="/admin/disputes"
      orderHref={`/admin/shops/${detail.order.shopId}/orders/${detail.order.id}`}
      action={
        judging ? (
          <Link
            href={`/admin/adjudication/dispute/${detail.dispute.id}`}
            className="self-start rounded-md bg-purple-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-purple-700"
          >
            {t("list.judge")} →
          </Link>
        ) : detail.dispute.responsibleParty === "platform" ? (
          <PlanFormSlot detail={detail} audience="admin" now={now} />
        ) : null
      }
    />
  );
}
