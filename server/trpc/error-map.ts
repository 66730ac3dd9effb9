import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { DomainError } from "@/server/domain/errors";
import type { Locale } from "@/server/i18n/locale";

/** The one place domain errors become tRPC errors. Returns null for anything else. */
export function toTRPCError(cause: unknown, locale: Locale): TRPCError | null {
  // A verb re-validating its input is a bad request too, not a server error.
  if (cause instanceof ZodError)
    return new TRPCError({ code: "BAD_REQUEST", message: validationMessage(cause, locale) ?? "", cause });
  if (!(cause instanceof DomainError)) return null;
  const error = new TRPCError({ code: cause.kind, message: cause.text[locale], cause });
  Object.assign(cause, { domainCode: cause.code });
  return error;
}

/**
 * Input validation failures in the caller's language. Our schemas write messages as
 * "中文 / English"; zod's own generic messages get one plain sentence per language.
 */
export function validationMessage(cause: unknown, locale: Locale): string | null {
  if (!(cause instanceof ZodError)) return null;
  const messages = cause.issues.map((issue) => issueText(issue, locale, issue.path.join(".")));
  return [...new Set(messages)].join(locale === "en" ? "; " : ";");
}

/**
 * The same failures by field — the issue's path, e.g. "reason" or "contacts.0.at" — so a form
 * shows each next to its field (the first issue of a field wins). Null for anything else.
 */
export function validationFieldErrors(cause: unknown, locale: Locale): Record<string, string> | null {
  if (!(cause instanceof ZodError)) return null;
  const fields: Record<string, string> = {};
  for (const issue of cause.issues) {
    const path = issue.path.join(".");
    if (path && !(path in fields)) fields[path] = issueText(issue, locale, "");
  }
  return fields;
}

/** One issue in the caller's language; `field` names it in zod's own generic messages. */
function issueText(issue: { message: string }, locale: Locale, field: string): string {
  const [zh, en] = issue.message.split(" / ");
  if (zh && en) return locale === "en" ? en : zh;
  return locale === "en" ? `Invalid value${field ? ` for ${field}` : ""}` : `输入有误${field ? `:${field}` : ""}`;
}
