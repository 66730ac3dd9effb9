import { strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { DomainError } from "@/server/domain/errors";
import { deflateWithZeroRun, OFD_XML, zipWithDeclaredSizes } from "@/server/test/lying-zip";
import { checkOfd, inflateLimited } from "./ofd-check";

const GIB = 1024 * 1024 * 1024;

function refusal(run: () => void): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected the OFD to be refused");
}

describe("inflateLimited", () => {
  it("gives up on a stream that would inflate to 1 GiB once it passes the limit", () => {
    const result = inflateLimited(deflateWithZeroRun(strToU8("x"), GIB), 1024 * 1024);
    expect(result.stopped).toBe(true);
    // At most one step (1 KiB of input, ~1 MiB of output at deflate's best ratio) past the limit.
    expect(result.size).toBeGreaterThan(1024 * 1024);
    expect(result.size).toBeLessThan(2.1 * 1024 * 1024);
  });

  it("returns the exact bytes when the stream stays within the limit, and only counts them otherwise", () => {
    const data = deflateWithZeroRun(strToU8("<a/>"), 1_000);
    const kept = inflateLimited(data, 2_000, true);
    expect(kept).toMatchObject({ size: 1_037, stopped: false });
    expect(Array.from(kept.output.subarray(0, 6))).toEqual([60, 97, 47, 62, 0, 0]);
    expect(kept.output.length).toBe(1_037);
    expect(inflateLimited(data, 1_037)).toEqual({ size: 1_037, stopped: false, output: new Uint8Array(0) });
    expect(inflateLimited(data, 1_036)).toMatchObject({ size: 1_037, stopped: true });
  });
});

describe("checkOfd: sizes are judged by the bytes actually produced", () => {
  it("MALFORMED_OFD: an entry that inflates to less than its headers declare is refused as damaged", () => {
    const data = deflateWithZeroRun(strToU8(OFD_XML), 0);
    const zip = zipWithDeclaredSizes([{ name: "OFD.xml", data, method: 8, declaredSize: OFD_XML.length + 100 }]);
    expect(refusal(() => checkOfd(zip))).toMatchObject({ code: "MALFORMED_OFD", details: { reason: "not_zip" } });
  });

  it("OFD_INFLATES_TOO_MUCH: a stored entry longer than it declares", () => {
    const xml = strToU8(OFD_XML);
    const zip = zipWithDeclaredSizes([
      { name: "OFD.xml", data: xml, method: 0, declaredSize: xml.length },
      { name: "Res/a.bin", data: new Uint8Array(5_000), method: 0, declaredSize: 50 },
    ]);
    expect(refusal(() => checkOfd(zip))).toMatchObject({
      code: "OFD_INFLATES_TOO_MUCH",
      details: { reason: "declared_size", entry: "Res/a.bin" },
    });
  });
});
