import { describe, expect, it } from "vitest";
import { isSameOrigin, requestOrigin } from "./origin";

function post(url: string, headers: Record<string, string>): Request {
  return new Request(url, { method: "POST", headers });
}

const configured = { BETTER_AUTH_URL: "https://arbiter.example.com" };

describe("Origin check for state-changing requests", () => {
  it("with a public URL, accepts exactly its scheme, host and port", () => {
    const headers = { host: "arbiter.example.com", origin: "https://arbiter.example.com" };
    expect(isSameOrigin(post("http://arbiter.example.com/api/trpc/x", headers), configured)).toBe(true);
  });

  it("with a public URL, refuses another scheme, host or port", () => {
    const req = (origin: string) =>
      post("http://arbiter.example.com/api/trpc/x", { host: "arbiter.example.com", origin });
    expect(isSameOrigin(req("http://arbiter.example.com"), configured)).toBe(false);
    expect(isSameOrigin(req("https://evil.example.com"), configured)).toBe(false);
    expect(isSameOrigin(req("https://arbiter.example.com:8443"), configured)).toBe(false);
    expect(isSameOrigin(req("https://arbiter.example.com.evil.test"), configured)).toBe(false);
  });

  it("with a public URL, a Host header naming the attacker's site does not help", () => {
    const req = post("http://evil.test/api/trpc/x", { host: "evil.test", origin: "https://evil.test" });
    expect(isSameOrigin(req, configured)).toBe(false);
  });

  it("a public URL with a port and a path compares its origin", () => {
    const env = { BETTER_AUTH_URL: "http://10.0.0.5:8080/arbiter" };
    const ok = post("http://10.0.0.5:8080/api/trpc/x", { host: "10.0.0.5:8080", origin: "http://10.0.0.5:8080" });
    const otherPort = post("http://10.0.0.5:8080/api/trpc/x", {
      host: "10.0.0.5:8080",
      origin: "http://10.0.0.5:9090",
    });
    expect(isSameOrigin(ok, env)).toBe(true);
    expect(isSameOrigin(otherPort, env)).toBe(false);
  });

  it("without a public URL, Origin must name the Host the request was sent to, port included", () => {
    const url = "http://127.0.0.1:3000/api/trpc/x";
    expect(isSameOrigin(post(url, { host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" }), {})).toBe(true);
    expect(isSameOrigin(post(url, { host: "127.0.0.1:3000", origin: "http://127.0.0.1:3001" }), {})).toBe(false);
    expect(isSameOrigin(post(url, { host: "127.0.0.1:3000", origin: "http://evil.test" }), {})).toBe(false);
  });

  it("a client-sent X-Forwarded-Host is ignored without TRUST_PROXY", () => {
    const req = post("http://127.0.0.1:3000/api/trpc/x", {
      host: "127.0.0.1:3000",
      origin: "http://evil.test",
      "x-forwarded-host": "evil.test",
    });
    expect(isSameOrigin(req, {})).toBe(false);
    expect(isSameOrigin(req, { TRUST_PROXY: "0" })).toBe(false);
  });

  it("behind a trusted proxy, X-Forwarded-Host and X-Forwarded-Proto name the public origin", () => {
    const headers = {
      host: "app:3000",
      origin: "https://arbiter.example.com",
      "x-forwarded-host": "arbiter.example.com",
      "x-forwarded-proto": "https",
    };
    expect(isSameOrigin(post("http://app:3000/api/trpc/x", headers), { TRUST_PROXY: "1" })).toBe(true);
    const downgraded = { ...headers, origin: "http://arbiter.example.com" };
    expect(isSameOrigin(post("http://app:3000/api/trpc/x", downgraded), { TRUST_PROXY: "1" })).toBe(false);
  });

  it("refuses a missing, opaque or malformed Origin", () => {
    const url = "http://127.0.0.1:3000/api/trpc/x";
    expect(isSameOrigin(post(url, { host: "127.0.0.1:3000" }), {})).toBe(false);
    expect(isSameOrigin(post(url, { host: "127.0.0.1:3000", origin: "null" }), {})).toBe(false);
    expect(isSameOrigin(post(url, { host: "127.0.0.1:3000", origin: "not a url" }), configured)).toBe(false);
  });

  it("the request's own origin (for sign-in) ignores forwarded headers without TRUST_PROXY", () => {
    const req = post("http://127.0.0.1:3000/api/auth/sign-in/email", {
      host: "127.0.0.1:3000",
      "x-forwarded-host": "evil.test",
      "x-forwarded-proto": "https",
    });
    expect(requestOrigin(req, {})).toBe("http://127.0.0.1:3000");
    expect(requestOrigin(req, { TRUST_PROXY: "1" })).toBe("https://evil.test");
  });
});
