import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..", "..", "..");
/** An import (static or dynamic) of the signals or their policy thresholds. */
const importsSignals = /(from\s+|import\s*\(\s*)["'][^"']*risk-signals[^"']*["']/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("MAL-3: signals inform, they never decide", () => {
  it("MAL-3: no domain rule, service verb, sweep or job imports the risk signals; only their router and the pages do", () => {
    const dirs = ["server/domain", "server/services", "server/jobs", "server/seed"].map((d) => join(root, d));
    const offenders = dirs
      .flatMap((d) => {
        try {
          return sources(d);
        } catch {
          return [];
        }
      })
      .filter((file) => !relative(root, file).startsWith(join("server", "services", "risk-signals")))
      .filter((file) => importsSignals.test(readFileSync(file, "utf8")))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });
});
