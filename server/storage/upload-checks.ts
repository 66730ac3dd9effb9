/**
 * The checks every upload passes before it is stored (DESIGN "Evidence upload", WO-3, INV-2):
 * size, extension allow-list, magic bytes, PDF/OFD structure, zip limits for OFD, and an image
 * re-encode that drops EXIF/GPS. Pure apart from CPU work: bytes in, checked bytes out.
 */
import { unzipSync, type UnzipFileInfo } from "fflate";
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import { DomainError, type LocalizedText } from "@/server/domain/errors";
import type { FileKind } from "@/server/domain/files";

/** Largest accepted upload: 10 MiB. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** Largest decoded image (width × height) we agree to re-encode. */
export const MAX_IMAGE_PIXELS = 64_000_000;
/** OFD (zip) limits, read from the central directory before anything is inflated. */
export const OFD_MAX_ENTRIES = 1_000;
export const OFD_MAX_TOTAL_UNCOMPRESSED = 100 * 1024 * 1024;
export const OFD_MAX_COMPRESSION_RATIO = 100;
const OFD_XML_MAX_BYTES = 1024 * 1024;

/** Extension → the kind its content must be. */
export const extensionKinds: Readonly<Record<string, FileKind>> = {
  ".pdf": "pdf",
  ".ofd": "ofd",
  ".jpg": "jpeg",
  ".jpeg": "jpeg",
  ".png": "png",
  ".webp": "webp",
};

export const contentTypes: Readonly<Record<FileKind, string>> = {
  pdf: "application/pdf",
  ofd: "application/ofd",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
};

const kindLabels: Readonly<Record<FileKind, string>> = { pdf: "PDF", ofd: "OFD", jpeg: "JPG", png: "PNG", webp: "WEBP" };

/** What file-type reports for each kind (OFD is a plain zip container). */
const detectedKinds: Readonly<Record<string, FileKind>> = { pdf: "pdf", zip: "ofd", jpg: "jpeg", png: "png", webp: "webp" };

export type UploadErrorCode =
  | "EMPTY_FILE"
  | "FILE_TOO_LARGE"
  | "EXTENSION_NOT_ALLOWED"
  | "CONTENT_MISMATCH"
  | "MALFORMED_PDF"
  | "MALFORMED_OFD"
  | "MALFORMED_IMAGE"
  | "IMAGE_TOO_LARGE";

export interface CheckedUpload {
  kind: FileKind;
  contentType: string;
  /** The bytes to store: re-encoded for images, unchanged otherwise. */
  bytes: Uint8Array;
  width?: number;
  height?: number;
}

export function uploadError(code: UploadErrorCode, text: LocalizedText, details?: Record<string, unknown>): DomainError {
  return new DomainError("BAD_REQUEST", code, text, details);
}

export function fileTooLarge(maxBytes: number = MAX_UPLOAD_BYTES): DomainError {
  const mb = Math.round(maxBytes / (1024 * 1024));
  return uploadError(
    "FILE_TOO_LARGE",
    { "zh-CN": `文件过大,单个文件不能超过 ${mb} MB`, en: `The file is too large. Each file must be ${mb} MB or smaller.` },
    { maxBytes },
  );
}

/** The name people gave the file, without folders or control characters; never used as a path. */
export function cleanOriginalName(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(-200);
  return cleaned === "" ? "file" : cleaned;
}

export function extensionOf(filename: string): string {
  const name = cleanOriginalName(filename);
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot).toLowerCase();
}

function kindList(kinds: readonly FileKind[]): { zh: string; en: string } {
  const labels = [...new Set(kinds.map((k) => kindLabels[k]))];
  const last = labels.pop() ?? "";
  return { zh: [...labels, last].join("、"), en: labels.length > 0 ? `${labels.join(", ")} or ${last}` : last };
}

export async function checkUpload(input: {
  filename: string;
  bytes: Uint8Array;
  allowedKinds: readonly FileKind[];
  maxBytes?: number;
}): Promise<CheckedUpload> {
  const { bytes, allowedKinds } = input;
  const maxBytes = input.maxBytes ?? MAX_UPLOAD_BYTES;
  if (bytes.length === 0) throw uploadError("EMPTY_FILE", { "zh-CN": "文件为空,请重新选择", en: "The file is empty. Please choose another file." });
  if (bytes.length > maxBytes) throw fileTooLarge(maxBytes);

  const ext = extensionOf(input.filename);
  const claimed = extensionKinds[ext];
  if (!claimed) {
    throw uploadError(
      "EXTENSION_NOT_ALLOWED",
      {
        "zh-CN": "不支持该文件类型,仅支持 PDF、OFD、JPG、PNG、WEBP 文件",
        en: "This file type is not supported. Only PDF, OFD, JPG, PNG and WEBP files are accepted.",
      },
      { extension: ext },
    );
  }
  if (!allowedKinds.includes(claimed)) {
    const list = kindList(allowedKinds);
    throw uploadError(
      "CONTENT_MISMATCH",
      { "zh-CN": `此处只能上传 ${list.zh} 文件`, en: `Only ${list.en} files can be uploaded here.` },
      { kind: claimed, allowedKinds },
    );
  }
  const detected = await fileTypeFromBuffer(bytes);
  const actual = detected ? detectedKinds[detected.ext] : undefined;
  if (actual !== claimed) {
    throw uploadError(
      "CONTENT_MISMATCH",
      {
        "zh-CN": `文件内容与扩展名 ${ext} 不符,请上传真实的 ${kindLabels[claimed]} 文件`,
        en: `The file's content does not match its ${ext} extension. Please upload a genuine ${kindLabels[claimed]} file.`,
      },
      { extension: ext, detected: detected?.ext ?? null },
    );
  }

  switch (claimed) {
    case "pdf":
      checkPdf(bytes);
      return { kind: "pdf", contentType: contentTypes.pdf, bytes };
    case "ofd":
      checkOfd(bytes);
      return { kind: "ofd", contentType: contentTypes.ofd, bytes };
    default:
      return reencodeImage(claimed, bytes);
  }
}

const latin1 = new TextDecoder("latin1");

function malformedPdf(reason: string): DomainError {
  return uploadError(
    "MALFORMED_PDF",
    { "zh-CN": "PDF 文件已损坏或不完整,请重新导出后上传", en: "The PDF file is damaged or incomplete. Please export it again and upload it." },
    { reason },
  );
}

/** A PDF starts with %PDF-, ends with %%EOF (within the last 1 KiB) and has at least one object. */
export function checkPdf(bytes: Uint8Array): void {
  if (latin1.decode(bytes.subarray(0, 5)) !== "%PDF-") throw malformedPdf("header");
  if (!latin1.decode(bytes.subarray(Math.max(0, bytes.length - 1024))).includes("%%EOF")) throw malformedPdf("eof");
  if (!/\d+\s+\d+\s+obj\b/.test(latin1.decode(bytes))) throw malformedPdf("no_objects");
}

const ofdMessages = {
  not_zip: { "zh-CN": "OFD 文件已损坏,无法打开", en: "The OFD file is damaged and cannot be opened." },
  unsafe_path: { "zh-CN": "OFD 文件包含不安全的内部路径,已拒绝", en: "The OFD file contains unsafe internal paths and was rejected." },
  too_many_entries: { "zh-CN": "OFD 文件包含的内部文件过多", en: "The OFD file contains too many internal files." },
  too_large: { "zh-CN": "OFD 文件解压后过大", en: "The OFD file is too large when unpacked." },
  compression_ratio: { "zh-CN": "OFD 文件压缩比异常,已拒绝", en: "The OFD file has an abnormal compression ratio and was rejected." },
  unsupported_compression: { "zh-CN": "OFD 文件使用了不支持的压缩方式", en: "The OFD file uses an unsupported compression method." },
  missing_ofd_xml: { "zh-CN": "不是有效的 OFD 文件:缺少 OFD.xml", en: "This is not a valid OFD file: OFD.xml is missing." },
} satisfies Record<string, LocalizedText>;

function malformedOfd(reason: keyof typeof ofdMessages): DomainError {
  return uploadError("MALFORMED_OFD", ofdMessages[reason], { reason });
}

function isUnsafeEntryName(name: string): boolean {
  if (name.includes("\u0000")) return true;
  if (name.startsWith("/") || name.startsWith("\\") || /^[a-zA-Z]:/.test(name)) return true;
  return name.split(/[\\/]/).some((part) => part === "..");
}

/**
 * An OFD is a zip with OFD.xml at its root. Entry names, count and sizes are read from the
 * central directory and judged before anything is inflated; only OFD.xml is then inflated.
 */
export function checkOfd(bytes: Uint8Array): void {
  let count = 0;
  let total = 0;
  const roots: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, {
      filter(entry) {
        count += 1;
        if (count > OFD_MAX_ENTRIES) throw malformedOfd("too_many_entries");
        if (isUnsafeEntryName(entry.name)) throw malformedOfd("unsafe_path");
        if (entry.compression !== 0 && entry.compression !== 8) throw malformedOfd("unsupported_compression");
        total += entry.originalSize;
        if (total > OFD_MAX_TOTAL_UNCOMPRESSED) throw malformedOfd("too_large");
        if (entry.originalSize > 0 && entry.originalSize > entry.size * OFD_MAX_COMPRESSION_RATIO) throw malformedOfd("compression_ratio");
        if (entry.name === "OFD.xml") roots.push(entry);
        return false;
      },
    });
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw malformedOfd("not_zip");
  }
  const [root] = roots;
  if (!root || roots.length > 1 || root.originalSize === 0 || root.originalSize > OFD_XML_MAX_BYTES) throw malformedOfd("missing_ofd_xml");
  let xml: string;
  try {
    const inflated = unzipSync(bytes, { filter: (entry) => entry.name === "OFD.xml" })["OFD.xml"];
    xml = inflated ? new TextDecoder("utf-8").decode(inflated) : "";
  } catch {
    throw malformedOfd("not_zip");
  }
  if (!/<([\w-]+:)?OFD[\s>/]/.test(xml)) throw malformedOfd("missing_ofd_xml");
}

function malformedImage(): DomainError {
  return uploadError("MALFORMED_IMAGE", {
    "zh-CN": "图片已损坏或格式无法识别,请重新选择",
    en: "The image is damaged or could not be read. Please choose another one.",
  });
}

/** Decodes the image, applies its EXIF orientation and re-encodes it in the same format without metadata. */
async function reencodeImage(kind: "jpeg" | "png" | "webp", bytes: Uint8Array): Promise<CheckedUpload> {
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let width: number | undefined;
  let height: number | undefined;
  try {
    ({ width, height } = await sharp(input, { limitInputPixels: false }).metadata());
  } catch {
    throw malformedImage();
  }
  if (!width || !height) throw malformedImage();
  if (width * height > MAX_IMAGE_PIXELS) {
    throw uploadError(
      "IMAGE_TOO_LARGE",
      { "zh-CN": "图片分辨率过高,请缩小后再上传", en: "The image resolution is too high. Please resize it and try again." },
      { width, height, maxPixels: MAX_IMAGE_PIXELS },
    );
  }
  try {
    // sharp drops all metadata (EXIF, GPS, XMP, ICC) unless asked to keep it.
    const pipeline = sharp(input, { failOn: "error", limitInputPixels: MAX_IMAGE_PIXELS }).rotate();
    const encoded =
      kind === "jpeg" ? pipeline.jpeg({ quality: 90 }) : kind === "png" ? pipeline.png() : pipeline.webp({ quality: 90 });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { kind, contentType: contentTypes[kind], bytes: data, width: info.width, height: info.height };
  } catch {
    throw malformedImage();
  }
}
