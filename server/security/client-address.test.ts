import { describe, expect, it } from "vitest";
import { testEnv } from "@/server/test/http";
import { clientAddress } from "./client-address";

const headers = (h: Record<string, string>) => new Headers(h);

describe("client address", () => {
  it("ignores X-Forwarded-For and X-Real-IP without TRUST_PROXY", () => {
    expect(
      clientAddress(headers({ "x-forwarded-for": "203.0.113.1", "x-real-ip": "203.0.113.2" }), testEnv()),
    ).toBeNull();
    expect(clientAddress(headers({ "x-forwarded-for": "203.0.113.1" }), testEnv({ TRUST_PROXY: "0" }))).toBeNull();
  });

  it("with TRUST_PROXY=1 takes the first X-Forwarded-For entry, else X-Real-IP", () => {
    expect(
      clientAddress(
        headers({ "x-forwarded-for": "203.0.113.1, 10.0.0.2", "x-real-ip": "10.0.0.9" }),
        testEnv({ TRUST_PROXY: "1" }),
      ),
    ).toBe("203.0.113.1");
    expect(clientAddress(headers({ "x-real-ip": "203.0.113.3" }), testEnv({ TRUST_PROXY: "true" }))).toBe(
      "203.0.113.3",
    );
    expect(clientAddress(headers({}), testEnv({ TRUST_PROXY: "1" }))).toBeNull();
  });

  it("without TRUST_PROXY takes the socket address stamped by our server, never a forwarded header", () => {
    const env = testEnv({ ARBITER_PEER_HEADER: "x-arbiter-peer" });
    const stamped = headers({ "x-arbiter-peer": "198.51.100.7", "x-forwarded-for": "203.0.113.1" });
    expect(clientAddress(stamped, env)).toBe("198.51.100.7");
    expect(clientAddress(headers({ "x-forwarded-for": "203.0.113.1" }), env)).toBeNull();
    // Under plain `next start` nothing stamps the header, so a client-sent copy is not believed.
    expect(clientAddress(headers({ "x-arbiter-peer": "198.51.100.7" }), testEnv())).toBeNull();
  });

  it("maps one client to one key: IPv4-mapped IPv6 and upper-case IPv6 are normalised", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "::FFFF:203.0.113.4" }), testEnv({ TRUST_PROXY: "1" }))).toBe(
      "203.0.113.4",
    );
    expect(clientAddress(headers({ "x-forwarded-for": "2001:DB8::1" }), testEnv({ TRUST_PROXY: "1" }))).toBe(
      "2001:db8::1",
    );
  });
});
