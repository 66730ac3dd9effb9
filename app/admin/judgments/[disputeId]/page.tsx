import { redirect } from "next/navigation";

/** Superseded by the adjudication console's case page (issue 6). */
export default async function JudgmentPage({ params }: { params: Promise<{ disputeId: string }> }) {
  const { disputeId } = await params;
  redirect(`/admin/adjudication/dispute/${encodeURIComponent(disputeId)}`);
}
