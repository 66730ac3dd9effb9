import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { getDb, type Db } from "@/db/client";
import * as schema from "@/db/schema";

const DEV_SECRET = "arbiter-demo-secret-change-me-in-production-0123456789";

function secret(): string {
  const configured = process.env.BETTER_AUTH_SECRET;
  if (configured) return configured;
  if (process.env.NODE_ENV === "production" && process.env.DEMO !== "1" && process.env.CI !== "true") {
    // Demo and CI may run on the built-in secret; a real deployment must not.
    console.warn("[arbiter] BETTER_AUTH_SECRET is not set; using the demo secret.");
  }
  return DEV_SECRET;
}

export function createAuth(db: Db) {
  return betterAuth({
    database: drizzleAdapter(db, { provider: "pg", usePlural: true, schema }),
    secret: secret(),
    baseURL: process.env.BETTER_AUTH_URL,
    // Without a configured URL the app serves whatever host it is reached on (localhost,
    // 127.0.0.1, a LAN address); the origin that matches the request's own host is trusted.
    trustedOrigins: (request) => [process.env.BETTER_AUTH_URL, request ? requestOrigin(request) : null],
    telemetry: { enabled: false },
    // Accounts are created by the platform (and the demo seed), not by self sign-up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8 },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    // Repeated failures are handled per e-mail by server/auth/lockout.ts, which also works
    // across app instances because it counts failures in the database.
    rateLimit: { enabled: false },
    advanced: {
      useSecureCookies: process.env.BETTER_AUTH_URL?.startsWith("https://") ?? false,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      database: { generateId: () => crypto.randomUUID() },
    },
  });
}

function requestOrigin(request: Request): string | null {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!host) return null;
  const proto = request.headers.get("x-forwarded-proto") ?? new URL(request.url).protocol.replace(":", "");
  return `${proto}://${host}`;
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { arbiterAuth?: Promise<Auth> };

export function getAuth(): Promise<Auth> {
  globalForAuth.arbiterAuth ??= getDb().then(createAuth);
  return globalForAuth.arbiterAuth;
}
