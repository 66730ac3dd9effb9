import { DisputesPage } from "@/app/_components/disputes/disputes-page";
import type { SearchParams } from "@/app/_components/search-params";

export const metadata = { title: "交易纠纷管理" };

export default function MerchantDisputesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return <DisputesPage source="merchant" searchParams={searchParams} />;
}
