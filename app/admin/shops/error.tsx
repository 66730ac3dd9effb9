"use client";

import { MetricsError } from "@/app/_components/metrics/metrics-error";

export default function ShopsErrorPage({ reset }: { error: Error; reset: () => void }) {
  return <MetricsError reset={reset} />;
}
