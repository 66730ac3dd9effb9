import { DisputesPage } from "@/app/_components/disputes/disputes-page";
import type { SearchParams } from "@/app/_components/search-params";

export const metadata = { title: "平台纠纷" };

/** SHOP-1: FBP invoice disputes, which the platform answers as the responsible party. */
export default function AdminDisputesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return <DisputesPage source="admin" searchParams={searchParams} />;
}
