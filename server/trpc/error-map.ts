import { TRPCError } from "@trpc/server";
import { DomainError } from "@/server/domain/errors";
import type { Locale } from "@/server/i18n/locale";

/** The one place domain errors become tRPC errors. Returns null for anything else. */
export function toTRPCError(cause: unknown, locale: Locale): TRPCError | null {
  if (!(cause instanceof DomainError)) return null;
  const error = new TRPCError({ code: cause.kind, message: cause.text[locale], cause });
  Object.assign(cause, { domainCode: cause.code });
  return error;
}
