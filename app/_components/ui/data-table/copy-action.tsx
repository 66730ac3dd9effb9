"use client";

import { Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Button } from "../button";

/** A bulk action: copies one line per selected row (e.g. order numbers, to paste elsewhere). */
export function CopyLinesAction({ lines, label }: { lines: string[]; label: string }) {
  const t = useTranslations("dataTable");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(lines.join("\n"));
      toast.success(t("copied", { count: lines.length }));
    } catch {
      toast.error(t("copyFailed"));
    }
  };
  return (
    <Button variant="secondary" onClick={() => void copy()}>
      <Copy className="size-4" aria-hidden />
      {label}
    </Button>
  );
}
