import { getTranslations } from "next-intl/server";
import { RespondPanel } from "@/app/_components/violations/respond-panel";
import { ViolationDetailView } from "@/app/_components/violations/violation-detail";
import { getCaller, getContext, orNotFound } from "@/app/_trpc/server";
import { isPastDue } from "@/server/domain/deadlines";

export const metadata = { title: "违约单详情" };

/** VIO-2/3: the shop's ticket; while pending and within 7 days, confirm or appeal it. */
export default async function MerchantViolationPage({ params }: { params: Promise<{ violationId: string }> }) {
  const { violationId } = await params;
  const detail = await orNotFound((await getCaller()).violation.merchant.get({ violationId }));
  const now = (await getContext()).now();
  const t = await getTranslations("violation");
  const open = detail.status === "pending" && !isPastDue(detail.dueAt, now);
  const closed = detail.status === "pending" && !open;
  return (
    <ViolationDetailView
      detail={detail}
      serverNow={now}
      audience="merchant"
      backHref="/merchant/violations"
      backLabel={t("detail.back")}
      action={
        open ? (
          <RespondPanel violationId={detail.id} points={detail.points} />
        ) : closed ? (
          <p className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
            {t("respond.closed")}
          </p>
        ) : null
      }
    />
  );
}
