"use client";

import { ListState } from "@/app/_components/ui/data-table/list-state";

/** The route's error state: the shared error panel with a retry. */
export function MetricsError({ reset }: { reset: () => void }) {
  return (
    <ListState status="error" empty={false} onRetry={reset}>
      {null}
    </ListState>
  );
}
