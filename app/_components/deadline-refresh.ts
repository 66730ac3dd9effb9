import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback } from "react";

/**
 * The app applies what fell due in a sweep every 5 s (server/boot.ts, SWEEP_INTERVAL_MS): the
 * refresh waits a little longer, so it finds the deadline's consequence (expired, escalated).
 */
const REFRESH_AFTER_MS = 6_000;

// One refresh for every deadline that passes within the wait, however many rows show one.
let scheduled: ReturnType<typeof setTimeout> | null = null;

/**
 * Refreshes what the page shows after a deadline on it passed: the active queries (lists and
 * cards read through tRPC) are fetched again and the server-rendered parts are re-rendered.
 */
export function useRefreshAfterDeadline(): () => void {
  const queryClient = useQueryClient();
  const router = useRouter();
  return useCallback(() => {
    if (scheduled) return;
    scheduled = setTimeout(() => {
      scheduled = null;
      void queryClient.invalidateQueries({ refetchType: "active" });
      router.refresh();
    }, REFRESH_AFTER_MS);
  }, [queryClient, router]);
}
