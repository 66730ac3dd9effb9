import { notFound } from "next/navigation";
import { DisputeCaseView } from "@/app/_components/adjudication/dispute-case-view";
import { WorkOrderCaseView } from "@/app/_components/adjudication/work-order-case-view";
import { getCaller, getContext, orNotFound } from "@/app/_trpc/server";
import { caseKinds } from "@/server/domain/policies/platform-deadlines";

export const metadata = { title: "判责" };

/** Issue 6: one case — a dispute or a work order — with everything the judge needs on one screen. */
export default async function AdjudicationCasePage({ params }: { params: Promise<{ kind: string; id: string }> }) {
  const { kind: rawKind, id } = await params;
  const kind = caseKinds.find((k) => k === rawKind);
  if (!kind) notFound();
  const c = await orNotFound((await getCaller()).adjudication.case({ kind, id }));
  const now = (await getContext()).now();
  return c.kind === "dispute" ? <DisputeCaseView c={c} serverNow={now} /> : <WorkOrderCaseView c={c} serverNow={now} />;
}
