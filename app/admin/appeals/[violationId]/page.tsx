import { AdminViolationPage } from "@/app/_components/violations/admin-violation-page";

export const metadata = { title: "申诉审核" };

/** VIO-3: the appeal — statement, evidence, the ticket and its source — and the decision. */
export default async function AppealPage({ params }: { params: Promise<{ violationId: string }> }) {
  const { violationId } = await params;
  return <AdminViolationPage violationId={violationId} from="appeals" />;
}
