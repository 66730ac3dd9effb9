import { randomBytes } from "node:crypto";
import { strToU8, zipSync, zlibSync, type Zippable } from "fflate";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { DomainError } from "@/server/domain/errors";
import type { FileKind } from "@/server/domain/files";
import { lyingOfd } from "@/server/test/lying-zip";
import { checkUpload, cleanOriginalName, MAX_UPLOAD_BYTES, OFD_MAX_ENTRIES } from "./upload-checks";

const EVIDENCE: FileKind[] = ["jpeg", "png", "webp", "pdf"];
const INVOICE: FileKind[] = ["pdf", "ofd"];

const PDF = [
  "%PDF-1.4",
  "1 0 obj",
  "<< /Type /Catalog /Pages 2 0 R >>",
  "endobj",
  "2 0 obj",
  "<< /Type /Pages /Kids [] /Count 0 >>",
  "endobj",
  "trailer",
  "<< /Root 1 0 R >>",
  "%%EOF",
  "",
].join("\n");
const pdfBytes = (text = PDF) => new TextEncoder().encode(text);

const OFD_XML =
  '<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0"><ofd:DocBody/></ofd:OFD>';
const ofdZip = (extra: Zippable = {}, withRoot = true) =>
  zipSync({
    ...(withRoot ? { "OFD.xml": strToU8(OFD_XML) } : {}),
    "Doc_0/Document.xml": strToU8("<ofd:Document/>"),
    ...extra,
  });

const png = (width = 8, height = 6) =>
  sharp({ create: { width, height, channels: 3, background: "#3366aa" } })
    .png()
    .toBuffer();

/** Overwrites an entry's uncompressed size in the zip's central directory (not the local header). */
function declareUncompressedSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 <= out.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(i + 28, true);
    if (new TextDecoder().decode(out.subarray(i + 46, i + 46 + nameLength)) === name) {
      view.setUint32(i + 24, size, true);
      return out;
    }
  }
  throw new Error(`entry ${name} not found`);
}

/** A PNG whose header claims `width` × `height` with a tiny IDAT: a decompression bomb's shape. */
function pngHeaderOnly(width: number, height: number): Uint8Array {
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const signature = [137, 80, 78, 71, 13, 10, 26, 10];
  const parts = [chunk("IHDR", ihdr), chunk("IDAT", zlibSync(new Uint8Array(1024))), chunk("IEND", new Uint8Array(0))];
  return new Uint8Array([...signature, ...parts.flatMap((part) => [...part])]);
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const body = new Uint8Array([...strToU8(type), ...data]);
  const out = new Uint8Array(4 + body.length + 4);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(body, 4);
  view.setUint32(4 + body.length, crc32(body));
  return out;
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) {
      expect(error.kind).toBe("BAD_REQUEST");
      expect(error.text["zh-CN"]).toMatch(/\S/);
      expect(error.text.en).toMatch(/\S/);
      return error;
    }
    throw error;
  }
  throw new Error("expected the upload to be rejected");
}

const check = (filename: string, bytes: Uint8Array, allowedKinds: FileKind[] = EVIDENCE) =>
  checkUpload({ filename, bytes, allowedKinds });

describe("upload checks: accepted files", () => {
  it("INV-2: accepts a well-formed PDF unchanged", async () => {
    const bytes = pdfBytes();
    const result = await check("发票.pdf", bytes, INVOICE);
    expect(result).toMatchObject({ kind: "pdf", contentType: "application/pdf" });
    expect(result.bytes).toBe(bytes);
  });

  it("INV-2: accepts a minimal OFD (zip with OFD.xml at the root)", async () => {
    const result = await check("invoice.OFD", ofdZip(), INVOICE);
    expect(result).toMatchObject({ kind: "ofd", contentType: "application/ofd" });
  });

  it("WO-3: re-encodes a PNG and reports its size", async () => {
    const result = await check("photo.png", await png(8, 6));
    expect(result).toMatchObject({ kind: "png", contentType: "image/png", width: 8, height: 6 });
    expect((await sharp(result.bytes).metadata()).format).toBe("png");
  });

  it("WO-3: an image in an evidence upload is re-encoded without EXIF (GPS included) and turned upright", async () => {
    const jpeg = await sharp({ create: { width: 40, height: 20, channels: 3, background: "#888" } })
      .jpeg()
      .withExif({ IFD0: { Copyright: "x" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "31/1 14/1 0/1" } })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const before = await sharp(jpeg).metadata();
    expect(before.exif).toBeDefined();
    expect(before.orientation).toBe(6);

    const result = await check("IMG_0001.JPG", jpeg);
    expect(result.kind).toBe("jpeg");
    const after = await sharp(result.bytes).metadata();
    expect(after.format).toBe("jpeg");
    expect(after.exif).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect([after.width, after.height]).toEqual([20, 40]);
    expect(Buffer.from(result.bytes).includes("Exif")).toBe(false);
  });

  it("accepts WEBP in the same format", async () => {
    const webp = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#000" } })
      .webp()
      .toBuffer();
    const result = await check("a.webp", webp);
    expect(result).toMatchObject({ kind: "webp", contentType: "image/webp" });
  });

  it("keeps only the base name of what people called the file", () => {
    expect(cleanOriginalName("C:\\Users\\me\\发票.pdf")).toBe("发票.pdf");
    expect(cleanOriginalName("../../etc/passwd")).toBe("passwd");
    expect(cleanOriginalName("  ")).toBe("file");
  });
});

describe("upload checks: every rejection class", () => {
  it("EMPTY_FILE", async () => {
    expect((await rejection(check("a.pdf", new Uint8Array(0)))).code).toBe("EMPTY_FILE");
  });

  it("FILE_TOO_LARGE over 10 MiB, with a clear message in both languages", async () => {
    const error = await rejection(check("a.pdf", new Uint8Array(MAX_UPLOAD_BYTES + 1)));
    expect(error.code).toBe("FILE_TOO_LARGE");
    expect(error.text["zh-CN"]).toBe("文件过大,单个文件不能超过 10 MB");
    expect(error.text.en).toContain("10 MB");
  });

  it("EXTENSION_NOT_ALLOWED for .exe and for names without an extension", async () => {
    expect((await rejection(check("setup.exe", new Uint8Array([0x4d, 0x5a, 0x90, 0])))).code).toBe(
      "EXTENSION_NOT_ALLOWED",
    );
    expect(await rejection(check("invoice", pdfBytes()))).toMatchObject({ code: "EXTENSION_NOT_ALLOWED" });
    expect(await rejection(check("invoice.pdf.html", pdfBytes()))).toMatchObject({ code: "EXTENSION_NOT_ALLOWED" });
  });

  it("CONTENT_MISMATCH: a .png that is actually a PDF", async () => {
    const error = await rejection(check("photo.png", pdfBytes()));
    expect(error.code).toBe("CONTENT_MISMATCH");
    expect(error.details).toMatchObject({ detected: "pdf" });
  });

  it("CONTENT_MISMATCH: bytes of no known kind, and a PNG named .jpg", async () => {
    expect((await rejection(check("a.ofd", randomBytes(512), INVOICE))).code).toBe("CONTENT_MISMATCH");
    expect((await rejection(check("a.jpg", await png()))).code).toBe("CONTENT_MISMATCH");
  });

  it("INV-2: CONTENT_MISMATCH when the kind is not allowed for this use (an image as an invoice)", async () => {
    const error = await rejection(check("invoice.png", await png(), INVOICE));
    expect(error.code).toBe("CONTENT_MISMATCH");
    expect(error.text["zh-CN"]).toContain("PDF、OFD");
  });

  it("MALFORMED_PDF: no %%EOF near the end, or no object", async () => {
    const noEof = await rejection(check("a.pdf", pdfBytes(PDF.replace("%%EOF", ""))));
    expect(noEof).toMatchObject({ code: "MALFORMED_PDF", details: { reason: "eof" } });
    const noObj = await rejection(check("a.pdf", pdfBytes("%PDF-1.7\n% nothing here\n%%EOF\n")));
    expect(noObj).toMatchObject({ code: "MALFORMED_PDF", details: { reason: "no_objects" } });
  });

  it("MALFORMED_OFD: zip-slip entry names (../ and absolute)", async () => {
    for (const name of ["../evil.xml", "Doc_0/../../evil.xml", "/etc/evil.xml", "C:/evil.xml"]) {
      const error = await rejection(check("a.ofd", ofdZip({ [name]: strToU8("x") }), INVOICE));
      expect(error).toMatchObject({ code: "MALFORMED_OFD", details: { reason: "unsafe_path" } });
    }
  });

  it("MALFORMED_OFD: a zip bomb (50 MB of zeros) is refused by its compression ratio before inflating", async () => {
    const bomb = ofdZip({ "Res/zeros.bin": [new Uint8Array(50 * 1024 * 1024), { level: 9 }] });
    expect(bomb.length).toBeLessThan(MAX_UPLOAD_BYTES);
    const error = await rejection(check("a.ofd", bomb, INVOICE));
    expect(error).toMatchObject({ code: "MALFORMED_OFD", details: { reason: "compression_ratio" } });
  });

  it("MALFORMED_OFD: declared uncompressed total over 100 MiB (judged from the central directory)", async () => {
    let zip: Uint8Array = ofdZip({
      "Res/a.bin": [randomBytes(600 * 1024), { level: 0 }],
      "Res/b.bin": [randomBytes(600 * 1024), { level: 0 }],
    });
    zip = declareUncompressedSize(zip, "Res/a.bin", 55 * 1024 * 1024);
    zip = declareUncompressedSize(zip, "Res/b.bin", 55 * 1024 * 1024);
    const error = await rejection(check("a.ofd", zip, INVOICE));
    expect(error).toMatchObject({ code: "MALFORMED_OFD", details: { reason: "too_large" } });
  });

  it("MALFORMED_OFD: more than 1,000 entries", async () => {
    const entries: Zippable = {};
    for (let i = 0; i < OFD_MAX_ENTRIES; i++) entries[`Res/${i}.xml`] = strToU8("<a/>");
    const error = await rejection(check("a.ofd", ofdZip(entries), INVOICE));
    expect(error).toMatchObject({ code: "MALFORMED_OFD", details: { reason: "too_many_entries" } });
  });

  it("MALFORMED_OFD: no OFD.xml at the root, or a zip that does not open", async () => {
    const nested = await rejection(check("a.ofd", ofdZip({ "Doc_0/OFD.xml": strToU8(OFD_XML) }, false), INVOICE));
    expect(nested).toMatchObject({ code: "MALFORMED_OFD", details: { reason: "missing_ofd_xml" } });
    const notOfdXml = await rejection(check("a.ofd", ofdZip({ "OFD.xml": strToU8("<html/>") }), INVOICE));
    expect(notOfdXml).toMatchObject({ code: "MALFORMED_OFD", details: { reason: "missing_ofd_xml" } });
    const full = ofdZip();
    const truncated = await rejection(check("a.ofd", full.subarray(0, full.length - 30), INVOICE));
    expect(truncated).toMatchObject({ code: "MALFORMED_OFD", details: { reason: "not_zip" } });
  });

  it("MALFORMED_IMAGE: a PNG that sharp cannot decode", async () => {
    const valid = await png(64, 64);
    const corrupt = new Uint8Array(valid.subarray(0, 40));
    expect((await rejection(check("a.png", corrupt))).code).toBe("MALFORMED_IMAGE");
  });

  it("IMAGE_TOO_LARGE: a decompression bomb is refused from its header", async () => {
    expect((await rejection(check("a.png", pngHeaderOnly(9_000, 8_000)))).code).toBe("IMAGE_TOO_LARGE");
    expect((await rejection(check("a.png", pngHeaderOnly(50_000, 50_000)))).code).toBe("IMAGE_TOO_LARGE");
  });
});

/** The longest the event loop went without running a 10 ms interval while `work` was pending. */
async function longestStall(work: Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 10);
  await work.catch(() => undefined);
  clearInterval(timer);
  return Math.max(longest, performance.now() - last);
}

describe("upload checks: archives that lie about their size", () => {
  const INFLATES_TOO_MUCH = {
    code: "OFD_INFLATES_TOO_MUCH",
    text: {
      "zh-CN": "OFD 文件解压后的实际内容超过其声明的大小或系统上限(疑似压缩炸弹),已拒绝",
      en: "The OFD file unpacks to more data than it declares or than we allow (a likely zip bomb), so it was rejected.",
    },
  };

  it("OFD_INFLATES_TOO_MUCH: a 1 MiB OFD whose headers understate OFD.xml (really 1 GiB) is refused, with its own message", async () => {
    const bomb = lyingOfd();
    expect(bomb.length).toBeLessThan(1.1 * 1024 * 1024);
    const error = await rejection(check("invoice.ofd", bomb, INVOICE));
    expect(error).toMatchObject({ ...INFLATES_TOO_MUCH, details: { reason: "declared_size", entry: "OFD.xml" } });
  });

  it("OFD_INFLATES_TOO_MUCH: a lying entry anywhere in the archive, not only OFD.xml", async () => {
    const error = await rejection(check("invoice.ofd", lyingOfd({ entry: "Res/zeros.bin" }), INVOICE));
    expect(error).toMatchObject({ ...INFLATES_TOO_MUCH, details: { reason: "declared_size", entry: "Res/zeros.bin" } });
  });

  it("the event loop keeps answering (no stall of 500 ms or more) while a lying archive is checked", async () => {
    const checking = check("invoice.ofd", lyingOfd(), INVOICE);
    expect(await longestStall(checking)).toBeLessThan(500);
    await expect(checking).rejects.toMatchObject({ code: "OFD_INFLATES_TOO_MUCH" });
  });
});
