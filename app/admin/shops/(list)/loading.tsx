import { MetricsLoading } from "@/app/_components/metrics/metrics-loading";

export default function Loading() {
  return <MetricsLoading />;
}
