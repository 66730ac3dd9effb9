/**
 * Demo mode: one-click demo sign-in, demo data on first start, and (later) the demo clock.
 * On for `npm start` (which sets DEMO=1) and for development; off in production unless DEMO=1.
 */
export function isDemoMode(): boolean {
  if (process.env.DEMO === "1") return true;
  if (process.env.DEMO === "0") return false;
  return process.env.NODE_ENV !== "production";
}
