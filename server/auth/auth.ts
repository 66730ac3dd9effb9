import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { getDb, type Db } from "@/db/client";
import * as schema from "@/db/schema";
import { resolveAuthSecret } from "../security/auth-secret";
import { requestOrigin } from "../security/origin";
import { isPublicUrlHttps, publicOrigin } from "../security/public-url";
import { isProxyTrusted } from "../security/trusted-proxy";

export function createAuth(db: Db) {
  return betterAuth({
    database: drizzleAdapter(db, { provider: "pg", usePlural: true, schema }),
    secret: resolveAuthSecret(),
    baseURL: process.env.BETTER_AUTH_URL,
    // With a public URL only its origin is trusted. Without one the app serves whatever host it
    // is reached on (localhost, 127.0.0.1, a LAN address): the request's own origin is trusted
    // (forwarded host and scheme only behind a trusted proxy).
    trustedOrigins: (request) => {
      const configured = publicOrigin();
      if (configured) return [configured];
      const own = request ? requestOrigin(request) : null;
      return own ? [own] : [];
    },
    telemetry: { enabled: false },
    // Accounts are created by the platform (and the demo seed), not by self sign-up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8 },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    // Repeated failures are handled per e-mail by server/auth/lockout.ts, which also works
    // across app instances because it counts failures in the database.
    rateLimit: { enabled: false },
    advanced: {
      useSecureCookies: isPublicUrlHttps(),
      // X-Forwarded-Host/-Proto only from a proxy we were told to trust.
      trustedProxyHeaders: isProxyTrusted(),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      database: { generateId: () => crypto.randomUUID() },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { arbiterAuth?: Promise<Auth> };

export function getAuth(): Promise<Auth> {
  globalForAuth.arbiterAuth ??= getDb().then(createAuth);
  return globalForAuth.arbiterAuth;
}
