import { getTranslations } from "next-intl/server";
import { getCaller, getContext, orNotFound } from "@/app/_trpc/server";
import { DecideAppealForm } from "./decide-appeal-form";
import { ViolationDetailView } from "./violation-detail";

/** An admin's view of one ticket, with the appeal decision (or why this admin may not decide it). */
export async function AdminViolationPage({
  violationId,
  from,
}: {
  violationId: string;
  from: "appeals" | "violations";
}) {
  const detail = await orNotFound((await getCaller()).violation.admin.get({ violationId }));
  const now = (await getContext()).now();
  const t = await getTranslations("violation.detail");
  const deciding =
    detail.appeal && detail.decision ? (
      <DecideAppealForm appealId={detail.appeal.id} decision={detail.decision} />
    ) : null;
  return (
    <ViolationDetailView
      detail={detail}
      serverNow={now}
      audience="admin"
      backHref={from === "appeals" ? "/admin/appeals" : "/admin/violations"}
      backLabel={from === "appeals" ? t("backToQueue") : t("back")}
      action={deciding}
    />
  );
}
