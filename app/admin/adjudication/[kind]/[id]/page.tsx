import { notFound } from "next/navigation";
import { DisputeCaseView } from "@/app/_components/adjudication/dispute-case-view";
import { ServiceOrderCaseView } from "@/app/_components/adjudication/service-order-case-view";
import { WorkOrderCaseView } from "@/app/_components/adjudication/work-order-case-view";
import { adminMarkView } from "@/app/_components/complaints/risk-marks";
import { getCaller, getContext, orNotFound } from "@/app/_trpc/server";
import { caseKinds } from "@/server/domain/policies/platform-deadlines";

export const metadata = { title: "判责" };

/** One case — a dispute, a work order or an after-sales service order — with everything the judge needs on one screen. */
export default async function AdjudicationCasePage({ params }: { params: Promise<{ kind: string; id: string }> }) {
  const { kind: rawKind, id } = await params;
  const kind = caseKinds.find((k) => k === rawKind);
  if (!kind) notFound();
  const caller = await getCaller();
  // MAL-3: both parties' risk signals beside the history card (they inform; nothing reads them to decide).
  const [c, signals] = await Promise.all([
    orNotFound(caller.adjudication.case({ kind, id })),
    orNotFound(caller.riskSignals.admin.case({ kind, id })),
  ]);
  // MAL-2: the buyer's active risk marks themselves (category, since when, the complaint), beside the signals.
  const { marks } = await caller.complaint.admin.marks({ consumerId: signals.consumerId, includeInactive: false });
  const risk = { ...signals, buyerMarks: marks.map(adminMarkView) };
  const now = (await getContext()).now();
  if (c.kind === "service_order") return <ServiceOrderCaseView c={c} serverNow={now} signals={risk} />;
  return c.kind === "dispute" ? (
    <DisputeCaseView c={c} serverNow={now} signals={risk} />
  ) : (
    <WorkOrderCaseView c={c} serverNow={now} signals={risk} />
  );
}
