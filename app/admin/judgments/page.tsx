import { DisputesPage } from "@/app/_components/disputes/disputes-page";
import type { SearchParams } from "@/app/_components/search-params";

export const metadata = { title: "判责队列" };

/** DSP-5: disputes waiting for platform judgment, longest wait first. */
export default function JudgmentQueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return <DisputesPage source="queue" searchParams={searchParams} />;
}
