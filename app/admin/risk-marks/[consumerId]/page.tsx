import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ClearMarkForm } from "@/app/_components/complaints/clear-mark-form";
import { adminMarkView, RiskMarkList } from "@/app/_components/complaints/risk-marks";
import { Card } from "@/app/_components/ui/card";
import { getCaller, getContext, orNotFound } from "@/app/_trpc/server";
import { DEFAULT_TIME_ZONE } from "@/server/domain/shop";

export const metadata = { title: "买家风险标记" };

/** MAL-2: every risk mark of one buyer (active, expired, cleared); an admin clears a wrong one with a reason. */
export default async function BuyerRiskMarksPage({ params }: { params: Promise<{ consumerId: string }> }) {
  const { consumerId } = await params;
  const caller = await getCaller();
  const { consumer, marks } = await orNotFound(caller.complaint.admin.marks({ consumerId, includeInactive: true }));
  const now = (await getContext()).now();
  const t = await getTranslations("complaint");
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-4">
      <Link href="/admin/complaints" className="text-sm text-blue-700 hover:underline">
        ← {t("backToQueue")}
      </Link>
      <h1 className="text-lg font-semibold">{t("marks.pageTitle", { buyer: consumer.name })}</h1>
      <Card>
        <RiskMarkList
          marks={marks.map(adminMarkView)}
          now={now}
          timeZone={DEFAULT_TIME_ZONE}
          complaintHref={(id) => `/admin/complaints/${id}`}
          action={(mark) => <ClearMarkForm mark={mark} buyerName={consumer.name} />}
        />
      </Card>
    </div>
  );
}
