/**
 * The CPU-heavy part of an upload's checks: PDF structure, OFD (zip) structure and limits, and an
 * image re-encode that drops EXIF/GPS. Runs inside the upload-check worker (see check-pool.ts) so
 * a hostile file never stalls the server's event loop. Bytes in, checked bytes out.
 */
import sharp from "sharp";
import type { DomainError } from "@/server/domain/errors";
import type { FileKind } from "@/server/domain/files";
import { checkOfd } from "./ofd-check";
import { uploadError } from "./upload-errors";

/** Largest decoded image (width × height) we agree to re-encode. */
export const MAX_IMAGE_PIXELS = 64_000_000;

/** What a content check hands back: re-encoded bytes and size for images, nothing for PDF/OFD. */
export interface CheckedContent {
  bytes?: Uint8Array;
  width?: number;
  height?: number;
}

export async function checkContent(kind: FileKind, bytes: Uint8Array): Promise<CheckedContent> {
  switch (kind) {
    case "pdf":
      checkPdf(bytes);
      return {};
    case "ofd":
      checkOfd(bytes);
      return {};
    default:
      return reencodeImage(kind, bytes);
  }
}

const latin1 = new TextDecoder("latin1");

function malformedPdf(reason: string): DomainError {
  return uploadError(
    "MALFORMED_PDF",
    {
      "zh-CN": "PDF 文件已损坏或不完整,请重新导出后上传",
      en: "The PDF file is damaged or incomplete. Please export it again and upload it.",
    },
    { reason },
  );
}

/** A PDF starts with %PDF-, ends with %%EOF (within the last 1 KiB) and has at least one object. */
export function checkPdf(bytes: Uint8Array): void {
  if (latin1.decode(bytes.subarray(0, 5)) !== "%PDF-") throw malformedPdf("header");
  if (!latin1.decode(bytes.subarray(Math.max(0, bytes.length - 1024))).includes("%%EOF")) throw malformedPdf("eof");
  if (!/\d+\s+\d+\s+obj\b/.test(latin1.decode(bytes))) throw malformedPdf("no_objects");
}

function malformedImage(): DomainError {
  return uploadError("MALFORMED_IMAGE", {
    "zh-CN": "图片已损坏或格式无法识别,请重新选择",
    en: "The image is damaged or could not be read. Please choose another one.",
  });
}

/** Decodes the image, applies its EXIF orientation and re-encodes it in the same format without metadata. */
async function reencodeImage(kind: "jpeg" | "png" | "webp", bytes: Uint8Array): Promise<CheckedContent> {
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
      {
        "zh-CN": "图片分辨率过高,请缩小后再上传",
        en: "The image resolution is too high. Please resize it and try again.",
      },
      { width, height, maxPixels: MAX_IMAGE_PIXELS },
    );
  }
  try {
    // sharp drops all metadata (EXIF, GPS, XMP, ICC) unless asked to keep it.
    const pipeline = sharp(input, { failOn: "error", limitInputPixels: MAX_IMAGE_PIXELS }).rotate();
    const encoded =
      kind === "jpeg"
        ? pipeline.jpeg({ quality: 90 })
        : kind === "png"
          ? pipeline.png()
          : pipeline.webp({ quality: 90 });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return {
      bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      width: info.width,
      height: info.height,
    };
  } catch {
    throw malformedImage();
  }
}
