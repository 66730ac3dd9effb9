import { defineConfig } from "drizzle-kit";

// drizzle-kit only generates SQL from the schema; it never touches a live data dir.
// Migrations are applied inside the app process (db/migrate.ts).
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
});
