import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_CSP, baseSecurityHeaders, createNonce, EMPTY_STYLE_HASH, pageCsp, SONNER_STYLE_HASH } from "./headers";

describe("security headers", () => {
  it("a page's CSP allows scripts only by nonce, frames by nobody, and no eval in production", () => {
    const csp = pageCsp("abc123", { dev: false, https: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain(`style-src-elem 'self' 'nonce-abc123' ${SONNER_STYLE_HASH} ${EMPTY_STYLE_HASH}`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(pageCsp("abc123", { dev: false, https: true })).toContain("upgrade-insecure-requests");
  });

  it("nonces are 128-bit base64 and differ per call", () => {
    const a = createNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(createNonce()).not.toBe(a);
  });

  it("HSTS is sent only when the public URL is https", () => {
    expect(baseSecurityHeaders({ BETTER_AUTH_URL: "https://arbiter.example.com" })["Strict-Transport-Security"]).toBe(
      "max-age=31536000; includeSubDomains",
    );
    expect(
      baseSecurityHeaders({ BETTER_AUTH_URL: "http://10.0.0.5:3000" })["Strict-Transport-Security"],
    ).toBeUndefined();
    expect(baseSecurityHeaders({})["Strict-Transport-Security"]).toBeUndefined();
  });

  it("every response gets frame, sniffing, referrer and permissions headers", () => {
    expect(baseSecurityHeaders({})).toMatchObject({
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "same-origin",
    });
    expect(API_CSP).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
  });

  it("the allowed hash is the stylesheet the installed sonner inserts", () => {
    const source = fs.readFileSync(path.join(process.cwd(), "node_modules", "sonner", "dist", "index.mjs"), "utf8");
    const literal = /__insertCSS\(("(?:[^"\\]|\\.)*")\);/.exec(source)?.[1];
    expect(literal).toBeDefined();
    const css = JSON.parse(literal ?? '""') as string;
    expect(`'sha256-${createHash("sha256").update(css).digest("base64")}'`).toBe(SONNER_STYLE_HASH);
    expect(`'sha256-${createHash("sha256").update("").digest("base64")}'`).toBe(EMPTY_STYLE_HASH);
  });
});
