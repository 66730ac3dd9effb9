"use client";

import { Loader2 } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "../button";

/**
 * A form's submit button. While the request runs it says so (`pendingLabel`, a spinner) and
 * ignores presses, but stays focusable (aria-disabled), so focus is not lost mid-submit.
 */
export function SubmitButton(props: {
  pending: boolean;
  pendingLabel: ReactNode;
  children: ReactNode;
  /** Shown before the label when not pending. */
  icon?: ReactNode;
  variant?: "primary" | "secondary";
  disabled?: boolean;
  className?: string;
}) {
  return (
    <Button
      type="submit"
      variant={props.variant}
      disabled={props.disabled}
      aria-disabled={props.pending || undefined}
      aria-busy={props.pending || undefined}
      onClick={(event) => {
        if (props.pending) event.preventDefault();
      }}
      className={`aria-disabled:cursor-wait aria-disabled:opacity-70 ${props.className ?? ""}`}
    >
      {props.pending ? <Loader2 className="size-4 animate-spin" aria-hidden /> : props.icon}
      {props.pending ? props.pendingLabel : props.children}
    </Button>
  );
}
