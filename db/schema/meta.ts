import { pgTable, text } from "drizzle-orm/pg-core";

/** Small key/value flags for the app itself (e.g. `demo_seeded`: the demo world was seeded once). */
export const appMeta = pgTable("app_meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});
