import { toast } from "sonner";

/**
 * Toasts of one form or action under a fixed id: a success replaces a stale error instead of
 * stacking under it, and a new error replaces the old one.
 */
export function feedbackToast(id: string) {
  return {
    error: (message: string, options?: { description?: string; duration?: number }) =>
      toast.error(message, { id, ...options }),
    success: (message: string) => toast.success(message, { id }),
    dismiss: () => toast.dismiss(id),
  };
}
