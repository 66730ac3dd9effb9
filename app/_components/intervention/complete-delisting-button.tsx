"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "../ui/button";
import { feedbackToast } from "../ui/form/feedback-toast";

export function CompleteDelistingButton({ delistingRequestId }: { delistingRequestId: string }) {
  const t = useTranslations("workOrder.delistings");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = feedbackToast(`delisting-${delistingRequestId}`);
  const complete = useMutation(
    trpc.intervention.admin.completeDelisting.mutationOptions({
      onSuccess: () => {
        toast.success(t("completed"));
        router.refresh();
      },
      onError: (error) => toast.error(error.message),
    }),
  );
  return (
    <Button variant="secondary" disabled={complete.isPending} onClick={() => complete.mutate({ delistingRequestId })}>
      {t("complete")}
    </Button>
  );
}
