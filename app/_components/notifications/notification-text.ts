"use client";

import { useTranslations } from "next-intl";
import { formatDateTime, formatFen } from "../format";

type Params = Record<string, string | number>;

/** A notification's sentence from its kind and params, in the reader's language (instants in `timeZone`). */
export function useNotificationText(timeZone: string) {
  const t = useTranslations("notification");
  return (kind: string, params: Params): string => {
    const key = `kinds.${kind}`;
    if (!t.has(key)) return t("kinds.unknown");
    const values: Params = {
      type: "",
      resolution: "",
      outcome: "",
      scenario: "",
      liableParty: "",
      dueAt: "",
      reason: "",
      plan: "",
      why: "",
      amount: "",
      ...params,
    };
    // Instants stored as ISO strings: the deadline, and an on-site visit window (AS-3).
    for (const key of ["dueAt", "visitFrom", "visitTo"] as const) {
      const instant = params[key];
      if (typeof instant === "string" && instant !== "") values[key] = formatDateTime(instant, timeZone);
    }
    if (typeof params.amountFen === "number") values.amount = formatFen(params.amountFen);
    return t(key, values);
  };
}
