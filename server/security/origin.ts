/**
 * True when a state-changing request comes from one of our own pages: its Origin header
 * names the host it was sent to. Requests without Origin are refused (browsers always send
 * it on POST; server-side code calls procedures directly, not over HTTP).
 */
export function isSameOrigin(req: Request): boolean {
  const origin = req.headers.get("origin");
  if (!origin) return false;
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
