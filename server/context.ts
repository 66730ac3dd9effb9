import type { Db } from "@/db/client";
import type { Actor } from "@/server/auth/actor";
import type { Clock } from "@/server/clock";
import type { Locale } from "@/server/i18n/locale";

/** What every procedure gets: the database, who is acting, the app's clock and language. */
export interface Context {
  db: Db;
  actor: Actor | null;
  now: Clock;
  locale: Locale;
}
