import type { Env } from "./security/trusted-proxy";

/**
 * Demo mode: one-click demo sign-in, demo data on first start, and (later) the demo clock.
 * On for `npm start` (which sets DEMO=1) and for development; off in production unless DEMO=1.
 */
export function isDemoMode(env: Env = process.env): boolean {
  if (env.DEMO === "1") return true;
  if (env.DEMO === "0") return false;
  return env.NODE_ENV !== "production";
}
