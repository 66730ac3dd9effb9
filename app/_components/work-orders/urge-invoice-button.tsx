"use client";

import { useMutation } from "@tanstack/react-query";
import { BellRing, Loader2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "../ui/button";
import { feedbackToast } from "../ui/form/feedback-toast";

/**
 * INV-4: the consumer's 催开票 button. Render it only where INV-3 allows urging (the server
 * checks again). Opens the urge-invoice work order — or finds the one already open — and goes
 * to its status page. Disabled while the request runs; a double click still opens one.
 */
export function UrgeInvoiceButton({
  invoiceRequestId,
  className = "",
}: {
  invoiceRequestId: string;
  className?: string;
}) {
  const t = useTranslations("workOrder");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = feedbackToast(`urge-${invoiceRequestId}`);
  const inFlight = useRef(false);
  const urge = useMutation(
    trpc.workOrder.consumer.urge.mutationOptions({
      onSuccess: ({ workOrderId, created }) => {
        toast.success(created ? t("urge.opened") : t("urge.alreadyOpen"));
        router.push(`/work-orders/${workOrderId}`);
      },
      onError: (error) => toast.error(error.message),
      onSettled: () => {
        inFlight.current = false;
      },
    }),
  );
  return (
    <Button
      className={className}
      disabled={urge.isPending || urge.isSuccess}
      aria-busy={urge.isPending}
      onClick={() => {
        if (inFlight.current) return;
        inFlight.current = true;
        urge.mutate({ invoiceRequestId });
      }}
    >
      {urge.isPending ? (
        <Loader2 className="size-4 animate-spin" aria-hidden />
      ) : (
        <BellRing className="size-4" aria-hidden />
      )}
      {urge.isPending ? t("urge.pending") : t("urge.button")}
    </Button>
  );
}
