"use client";

import { useLocale, useTranslations } from "next-intl";
import { get, type FieldErrors, type FieldPath, type FieldValues } from "react-hook-form";
import { localizedIssue } from "./issue-text";

/**
 * A form's own words for fields whose schema message does not suit the person filling it in,
 * e.g. 「请选择责任方」 for a missing choice (zod's enum message is generic).
 */
export type FieldMessages<T extends FieldValues> = Partial<Record<FieldPath<T>, string>>;

interface MessageLike {
  message?: unknown;
  type?: unknown;
  root?: { message?: unknown };
}

/**
 * The error text to show beside each field, in the viewer's language: the server's own words
 * (already localised), else the form's message for the field, else the schema's "中文 / English"
 * message, else a form's own refinement's message (already localised), else a generic
 * 「请检查此项」. `name` "root" is the form-level error (a refusal from the server that is about no
 * one field).
 */
export function useErrorText<T extends FieldValues>(errors: FieldErrors<T>, messages: FieldMessages<T> = {}) {
  const locale = useLocale();
  const t = useTranslations("form");
  return (name: FieldPath<T> | "root"): string | undefined => {
    const found: MessageLike | undefined = name === "root" ? errors.root?.server : get(errors, name);
    if (!found) return undefined;
    // A field array's own error (e.g. "at least one") sits on its `root`.
    const raw = typeof found.message === "string" && found.message ? found.message : found.root?.message;
    const message = typeof raw === "string" ? raw : undefined;
    if (name === "root" || (found.type === "server" && message)) return message ?? t("invalid");
    const own = found.type === "custom" ? message : undefined;
    return messages[name] ?? localizedIssue(message, locale) ?? own ?? t("invalid");
  };
}
