import { AdminViolationPage } from "@/app/_components/violations/admin-violation-page";

export const metadata = { title: "违约单详情" };

export default async function AdminViolationDetailPage({ params }: { params: Promise<{ violationId: string }> }) {
  const { violationId } = await params;
  return <AdminViolationPage violationId={violationId} from="violations" />;
}
