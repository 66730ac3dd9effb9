"use client";

import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { setNonce } from "get-nonce";
import { AlertTriangle } from "lucide-react";
import { useTranslations } from "next-intl";
import { useCallback, useRef, useState, type ReactNode } from "react";

// The dialog locks page scroll with one inserted <style>; the page's CSP admits it by this
// response's nonce, which the browser exposes on Next's own scripts.
if (typeof document !== "undefined") {
  const nonce = document.querySelector<HTMLScriptElement>("script[nonce]")?.nonce;
  if (nonce) setNonce(nonce);
}

export interface ConfirmRequest {
  title: ReactNode;
  /** What confirming does, with the real values: 「退款 ¥599.00 给 张伟,不可撤销。」 */
  consequence: ReactNode;
  /** The confirm button names the action (「确认退款」), never a bare 「确定」. */
  confirmLabel: string;
  /** "danger" for money leaving and other things that cannot be undone. */
  tone?: "danger" | "primary";
}

/**
 * An accessible confirmation (Radix AlertDialog): focus moves into the dialog (to Cancel, the
 * safe answer), stays there, Escape cancels, and focus returns to what opened it.
 */
export function ConfirmDialog(props: {
  request: ConfirmRequest | null;
  onAnswer: (confirmed: boolean) => void;
  returnFocus?: () => HTMLElement | null;
}) {
  const t = useTranslations("form");
  const { request } = props;
  const danger = request?.tone !== "primary";
  return (
    <AlertDialog.Root open={request !== null} onOpenChange={(open) => (open ? undefined : props.onAnswer(false))}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-gray-900/40" />
        <AlertDialog.Content
          className="fixed left-1/2 top-1/2 z-50 flex w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 flex-col gap-3 rounded-lg bg-white p-5 shadow-xl focus:outline-none"
          onCloseAutoFocus={(event) => {
            const target = props.returnFocus?.();
            if (!target?.isConnected) return;
            event.preventDefault();
            target.focus();
          }}
        >
          {request ? (
            <>
              <AlertDialog.Title className="flex items-center gap-2 text-base font-semibold text-gray-900">
                {danger ? <AlertTriangle className="size-5 shrink-0 text-red-600" aria-hidden /> : null}
                {request.title}
              </AlertDialog.Title>
              <AlertDialog.Description asChild>
                <div className="text-sm text-gray-700">{request.consequence}</div>
              </AlertDialog.Description>
              <div className="mt-2 flex flex-wrap justify-end gap-2">
                <AlertDialog.Cancel className="inline-flex items-center rounded-md bg-white px-3 py-1.5 text-sm font-medium text-gray-800 ring-1 ring-inset ring-gray-300 hover:bg-gray-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500">
                  {t("cancel")}
                </AlertDialog.Cancel>
                <AlertDialog.Action
                  onClick={() => props.onAnswer(true)}
                  className={`inline-flex items-center rounded-md px-3 py-1.5 text-sm font-medium text-white focus-visible:outline-2 focus-visible:outline-offset-2 ${
                    danger
                      ? "bg-red-600 hover:bg-red-700 focus-visible:outline-red-600"
                      : "bg-brand-500 hover:bg-brand-600 focus-visible:outline-brand-500"
                  }`}
                >
                  {request.confirmLabel}
                </AlertDialog.Action>
              </div>
            </>
          ) : null}
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}

/**
 * `window.confirm`, accessibly: `if (await confirm({ … })) act()`. Render `dialog` once in the
 * component. Focus goes back to the element that was focused when `confirm` was called.
 */
export function useConfirm() {
  const [request, setRequest] = useState<ConfirmRequest | null>(null);
  const answer = useRef<((confirmed: boolean) => void) | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const confirm = useCallback(
    (next: ConfirmRequest) =>
      new Promise<boolean>((resolve) => {
        answer.current?.(false);
        opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        answer.current = resolve;
        setRequest(next);
      }),
    [],
  );
  const onAnswer = useCallback((confirmed: boolean) => {
    answer.current?.(confirmed);
    answer.current = null;
    setRequest(null);
  }, []);
  const dialog = <ConfirmDialog request={request} onAnswer={onAnswer} returnFocus={() => opener.current} />;
  return { confirm, dialog };
}
