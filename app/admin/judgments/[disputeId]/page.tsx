import { DisputeDetailView } from "@/app/_components/disputes/dispute-detail";
import { JudgeForm } from "@/app/_components/disputes/judge-form";
import { getCaller, getContext, orNotFound } from "@/app/_trpc/server";

export const metadata = { title: "判责" };

/** DSP-5: the case, evidence by slot, urge outcome, the plan and the rejection, then the judgment form. */
export default async function JudgmentPage({ params }: { params: Promise<{ disputeId: string }> }) {
  const { disputeId } = await params;
  const detail = await orNotFound((await getCaller()).dispute.admin.get({ disputeId }));
  const now = (await getContext()).now();
  const judging = detail.dispute.status === "platform_judging";
  return (
    <DisputeDetailView
      detail={detail}
      serverNow={now}
      backHref="/admin/judgments"
      orderHref={`/admin/shops/${detail.order.shopId}/orders/${detail.order.id}`}
      aside={judging ? <JudgeForm disputeId={detail.dispute.id} orderAmountFen={detail.order.amountFen} /> : null}
    />
  );
}
