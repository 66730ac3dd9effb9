import { redirect } from "next/navigation";
import { searchParamsReader, type SearchParams } from "@/app/_components/search-params";

/** Superseded by the adjudication console (issue 6); `?status=reviewing|judging` becomes its stage filter. */
export default async function PlatformCasesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const status = searchParamsReader(await searchParams).get("status");
  redirect(status === "reviewing" || status === "judging" ? `/admin/adjudication?stage=${status}` : "/admin/adjudication");
}
