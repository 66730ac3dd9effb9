import { DisputesPage } from "@/app/_components/disputes/disputes-page";
import type { SearchParams } from "@/app/_components/search-params";

export const metadata = { title: "我的纠纷" };

export default function ConsumerDisputesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return <DisputesPage source="consumer" searchParams={searchParams} />;
}
