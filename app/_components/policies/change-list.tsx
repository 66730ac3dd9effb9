"use client";

import { useTranslations } from "next-intl";
import { HOUR_MS } from "./policy-fields";
import type { PolicyChangeView } from "./types";

/** A changed value, readably: durations (`…Ms`) in hours, lists joined, objects as JSON. */
export function useChangeValue() {
  const t = useTranslations("policies.value");
  return (path: string, value: unknown): string => {
    if (value === undefined) return t("absent");
    const key = path.split(".").at(-1) ?? "";
    if (typeof value === "number" && key.endsWith("Ms")) return t("hours", { hours: +(value / HOUR_MS).toFixed(2) });
    if (Array.isArray(value) && value.every((v) => typeof v !== "object")) return value.map(String).join(", ");
    if (typeof value === "object" && value !== null) return JSON.stringify(value);
    return String(value);
  };
}

/** ROL-1/ROL-2: what changed between two versions, one row per leaf: path, before → after. */
export function ChangeList({ changes, emptyText }: { changes: readonly PolicyChangeView[]; emptyText: string }) {
  const t = useTranslations("policies.draft");
  const tParam = useTranslations("policies.params");
  const show = useChangeValue();
  const nameOf = (path: string): string | null => {
    const key = (path.split(".").at(-1) ?? "").replace(/\[.*$/, "");
    return key && tParam.has(key) ? tParam(key) : null;
  };
  if (changes.length === 0) return <p className="text-sm text-gray-500">{emptyText}</p>;
  return (
    <ul className="flex flex-col gap-1 text-sm">
      {changes.map((change) => (
        <li key={change.path} className="flex flex-col gap-0.5 rounded bg-gray-50 px-2 py-1">
          <span className="flex flex-wrap items-baseline gap-x-2">
            {nameOf(change.path) ? <span className="text-sm font-medium">{nameOf(change.path)}</span> : null}
            <code className="break-all text-xs text-gray-600">{change.path}</code>
          </span>
          <span className="break-words">
            <span className="sr-only">{t("before")}: </span>
            <del className="text-red-700">{show(change.path, change.before)}</del>
            <span aria-hidden> → </span>
            <span className="sr-only">, {t("after")}: </span>
            <ins className="font-medium text-green-800 no-underline">{show(change.path, change.after)}</ins>
          </span>
        </li>
      ))}
    </ul>
  );
}
