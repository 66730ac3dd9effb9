"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client";
import type { NotificationAudience } from "./audience";

/** The audience's notification procedures, and a way to refresh every notification query (list and bell). */
export function useNotificationApi(audience: NotificationAudience) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const api = audience === "merchant" ? trpc.notification.merchant : trpc.notification.consumer;
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.notification.pathKey() });
  return { api, invalidate };
}
