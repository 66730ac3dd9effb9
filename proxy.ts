import { NextResponse, type NextRequest } from "next/server";
import { API_CSP, baseSecurityHeaders, createNonce, pageCsp } from "./server/security/headers";
import { isPublicUrlHttps } from "./server/security/public-url";

/**
 * Security headers on every page and API response. Pages get a fresh nonce: Next reads it
 * from the request's Content-Security-Policy header and puts it on its own scripts, which is
 * why every page renders per request.
 */
export function proxy(request: NextRequest): NextResponse {
  const headers = baseSecurityHeaders();
  if (request.nextUrl.pathname.startsWith("/api/")) {
    const response = NextResponse.next();
    for (const [name, value] of Object.entries({ ...headers, "Content-Security-Policy": API_CSP }))
      response.headers.set(name, value);
    return response;
  }
  const nonce = createNonce();
  const csp = pageCsp(nonce, { dev: process.env.NODE_ENV === "development", https: isPublicUrlHttps() });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  requestHeaders.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries({ ...headers, "Content-Security-Policy": csp }))
    response.headers.set(name, value);
  return response;
}

export const config = {
  // Not: build assets, and file downloads (app/api/files sets its own sandbox policy and must
  // stay frameable by our own evidence viewer), nor the static icons and robots.txt.
  matcher: ["/((?!_next/static|_next/image|api/files/|favicon\\.ico|icon\\.svg|apple-icon\\.png|robots\\.txt).*)"],
};
