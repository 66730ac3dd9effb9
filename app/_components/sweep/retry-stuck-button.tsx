"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "../ui/button";
import { feedbackToast } from "../ui/form/feedback-toast";

/** Asks for a stuck deadline to be tried again at the next sweep. */
export function RetryStuckButton({ task, recordId, label }: { task: string; recordId: string; label: string }) {
  const t = useTranslations("clock.stuck");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = feedbackToast(`retry-${task}-${recordId}`);
  const retry = useMutation(
    trpc.sweep.retry.mutationOptions({
      onSuccess: () => {
        toast.success(t("retried"));
        router.refresh();
      },
      onError: (error) => toast.error(error.message),
    }),
  );
  return (
    <Button
      variant="secondary"
      disabled={retry.isPending}
      aria-label={`${t("retry")}: ${label}`}
      onClick={() => retry.mutate({ task, recordId })}
    >
      {t("retry")}
    </Button>
  );
}
