import { expect, test } from "./test";
import { signInAs } from "./fixtures";

test.describe("security headers and public files", () => {
  test("pages send a nonce-based CSP and the other security headers; the nonce changes per response", async ({
    page,
    request,
  }) => {
    const first = await request.get("/sign-in");
    const second = await request.get("/sign-in");
    const headers = first.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(second.headers()["content-security-policy"]).not.toBe(csp);
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("same-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    // The public URL of this run is plain http: no HSTS.
    expect(headers["strict-transport-security"]).toBeUndefined();

    // Every script Next put in the page carries this response's nonce.
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1] ?? "";
    const html = await first.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

    // And the page works under it (the auto fixture fails the test on any violation).
    await signInAs(page, "owner@chenguang.demo", /\/merchant/);
  });

  test("tRPC responses send the security headers with a policy that lets nothing run", async ({ request }) => {
    const response = await request.get("/api/trpc/clock.now");
    expect(response.ok()).toBe(true);
    const headers = response.headers();
    expect(headers["content-security-policy"]).toBe(
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    );
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("same-origin");
  });

  test("a mutation from another origin is refused", async ({ request, baseURL }) => {
    const url = new URL(baseURL ?? "http://127.0.0.1");
    const response = await request.post("/api/trpc/clock.advance", {
      data: { json: { minutes: 1 } },
      headers: { origin: "http://evil.test", "x-forwarded-host": "evil.test", "content-type": "application/json" },
    });
    expect(response.status()).toBe(403);
    expect(url.host).not.toBe("evil.test");
  });

  test("favicon, app icon and robots.txt are served", async ({ request }) => {
    const favicon = await request.get("/favicon.ico");
    expect(favicon.status()).toBe(200);
    expect((await favicon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
    const icon = await request.get("/icon.svg");
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toContain("image/svg+xml");
    const robots = await request.get("/robots.txt");
    expect(robots.status()).toBe(200);
    expect(await robots.text()).toContain("User-agent: *\nDisallow: /");
  });
});
