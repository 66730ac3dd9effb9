"use client";

import { RouteError } from "@/app/_components/cancel-orders/route-states";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return <RouteError reset={reset} />;
}
