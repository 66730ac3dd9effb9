import { test as base, expect } from "@playwright/test";

interface Violation {
  page: string;
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}

/**
 * Every spec's `test`: records each `securitypolicyviolation` on every page (and frame) of the
 * test's browser context and fails the test if there was any, so the Content-Security-Policy
 * is proven across every story. Specs import `test` and `expect` from here (a lint rule says so).
 */
export const test = base.extend<{ cspViolations: Violation[] }>({
  cspViolations: [
    async ({ context }, use, testInfo) => {
      const violations: Violation[] = [];
      await context.exposeBinding("__reportCspViolation", (_source, violation: Violation) => {
        violations.push(violation);
      });
      await context.addInitScript(() => {
        // File downloads carry their own deliberately empty sandbox policy: not the app's pages.
        if (location.pathname.startsWith("/api/files/")) return;
        const report = (window as unknown as { __reportCspViolation?: (v: unknown) => Promise<void> })
          .__reportCspViolation;
        document.addEventListener(
          "securitypolicyviolation",
          (event) => {
            void report?.({
              page: location.pathname + location.search,
              directive: event.effectiveDirective,
              blocked: event.blockedURI,
              source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
              sample: event.sample,
            });
          },
          true,
        );
      });
      await use(violations);
      if (violations.length > 0) {
        await testInfo.attach("csp-violations.json", {
          body: JSON.stringify(violations, null, 2),
          contentType: "application/json",
        });
      }
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
