import { getDb } from "@/db/client";
import { loadActor } from "@/server/auth/actor";
import { getAuth } from "@/server/auth/auth";
import { LOCALE_COOKIE, toLocale } from "@/server/i18n/locale";
import { appClock } from "@/server/services/clock/demo-clock";
import type { Context } from "@/server/context";

/** Builds the tRPC context for one HTTP or server-component request. */
export async function createRequestContext(headers: Headers): Promise<Context> {
  const [db, auth] = await Promise.all([getDb(), getAuth()]);
  const session = await auth.api.getSession({ headers });
  const [actor, now] = await Promise.all([session ? loadActor(db, session.user.id) : null, appClock(db)]);
  return { db, actor, now, locale: toLocale(readCookie(headers, LOCALE_COOKIE)) };
}

export function readCookie(headers: Headers, name: string): string | undefined {
  const header = headers.get("cookie");
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return decodeURIComponent(value.join("="));
  }
  return undefined;
}
