/**
 * OFD (a zip with OFD.xml at its root) checks. Entry names, count and declared sizes are judged
 * from the central directory first; then every entry is inflated as a stream that is cut off as
 * soon as the bytes it actually produces pass the smallest of: its declared size, the ratio cap
 * times its compressed size, and what is left of the total cap. Nothing trusts the archive's own
 * numbers alone, so an archive whose headers understate its sizes is refused after a few MiB of
 * work. CPU-heavy: runs in the upload-check worker, never on the server's main thread.
 */
import { Inflate } from "fflate";
import { DomainError, type LocalizedText } from "@/server/domain/errors";
import { uploadError } from "./upload-errors";

export const OFD_MAX_ENTRIES = 1_000;
/** Cap on inflated bytes for the whole archive, declared and actually produced. */
export const OFD_MAX_TOTAL_UNCOMPRESSED = 100 * 1024 * 1024;
/** Cap on inflated bytes per compressed byte of an entry, declared and actually produced. */
export const OFD_MAX_COMPRESSION_RATIO = 100;
const OFD_XML_MAX_BYTES = 1024 * 1024;
/**
 * Compressed bytes handed to the inflater at a time: about limit / 1024, between 1 KiB and 16 KiB.
 * Deflate tops out near 1032:1, so one step overshoots the limit by at most ~max(1 MiB, limit)
 * and never produces more than ~16.5 MiB.
 */
function inflateStep(limit: number): number {
  return Math.min(16 * 1024, Math.max(1024, Math.ceil(limit / 1024)));
}

const ofdMessages = {
  not_zip: { "zh-CN": "OFD 文件已损坏,无法打开", en: "The OFD file is damaged and cannot be opened." },
  unsafe_path: {
    "zh-CN": "OFD 文件包含不安全的内部路径,已拒绝",
    en: "The OFD file contains unsafe internal paths and was rejected.",
  },
  too_many_entries: { "zh-CN": "OFD 文件包含的内部文件过多", en: "The OFD file contains too many internal files." },
  too_large: { "zh-CN": "OFD 文件解压后过大", en: "The OFD file is too large when unpacked." },
  compression_ratio: {
    "zh-CN": "OFD 文件压缩比异常,已拒绝",
    en: "The OFD file has an abnormal compression ratio and was rejected.",
  },
  unsupported_compression: {
    "zh-CN": "OFD 文件使用了不支持的压缩方式",
    en: "The OFD file uses an unsupported compression method.",
  },
  missing_ofd_xml: {
    "zh-CN": "不是有效的 OFD 文件:缺少 OFD.xml",
    en: "This is not a valid OFD file: OFD.xml is missing.",
  },
} satisfies Record<string, LocalizedText>;

function malformedOfd(reason: keyof typeof ofdMessages): DomainError {
  return uploadError("MALFORMED_OFD", ofdMessages[reason], { reason });
}

/** Which bound stopped the inflation: the entry's own declared size, the ratio cap or the total cap. */
export type InflateLimitReason = "declared_size" | "ratio" | "total";

function inflatesTooMuch(reason: InflateLimitReason, entry: string): DomainError {
  return uploadError(
    "OFD_INFLATES_TOO_MUCH",
    {
      "zh-CN": "OFD 文件解压后的实际内容超过其声明的大小或系统上限(疑似压缩炸弹),已拒绝",
      en: "The OFD file unpacks to more data than it declares or than we allow (a likely zip bomb), so it was rejected.",
    },
    { reason, entry },
  );
}

interface ZipEntry {
  name: string;
  rawName: Uint8Array;
  compression: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

const FFFF = 0xffffffff;

function isUnsafeEntryName(name: string): boolean {
  if (name.includes("\u0000")) return true;
  if (name.startsWith("/") || name.startsWith("\\") || /^[a-zA-Z]:/.test(name)) return true;
  return name.split(/[\\/]/).some((part) => part === "..");
}

function u64(view: DataView, at: number): number {
  const value = view.getBigUint64(at, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw malformedOfd("not_zip");
  return Number(value);
}

/** Reads the central directory (zip64 aware); out-of-range reads throw and count as "not a zip". */
function readCentralDirectory(bytes: Uint8Array, view: DataView): ZipEntry[] {
  let eocd = bytes.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) {
    if (bytes.length - eocd > 22 + 0xffff) throw malformedOfd("not_zip");
    eocd -= 1;
  }
  if (eocd < 0) throw malformedOfd("not_zip");
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (eocd >= 20 && view.getUint32(eocd - 20, true) === 0x07064b50) {
    const zip64 = u64(view, eocd - 12);
    if (view.getUint32(zip64, true) === 0x06064b50) {
      count = u64(view, zip64 + 32);
      offset = u64(view, zip64 + 48);
    }
  }
  if (count > OFD_MAX_ENTRIES) throw malformedOfd("too_many_entries");
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(offset, true) !== 0x02014b50) throw malformedOfd("not_zip");
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const rawName = bytes.subarray(offset + 46, offset + 46 + nameLength);
    const utf8 = (view.getUint16(offset + 8, true) & 0x800) !== 0;
    const entry: ZipEntry = {
      name: new TextDecoder(utf8 ? "utf-8" : "latin1").decode(rawName),
      rawName,
      compression: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      declaredSize: view.getUint32(offset + 24, true),
      localOffset: view.getUint32(offset + 42, true),
    };
    readZip64Extra(view, offset + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    offset += 46 + nameLength + extraLength + view.getUint16(offset + 32, true);
  }
  return entries;
}

/** Fills sizes and offset marked 0xFFFFFFFF from the zip64 extra field, in the order the format gives. */
function readZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): void {
  for (let at = start; at + 4 <= start + length; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) !== 0x0001) continue;
    let field = at + 4;
    if (entry.declaredSize === FFFF) {
      entry.declaredSize = u64(view, field);
      field += 8;
    }
    if (entry.compressedSize === FFFF) {
      entry.compressedSize = u64(view, field);
      field += 8;
    }
    if (entry.localOffset === FFFF) entry.localOffset = u64(view, field);
    return;
  }
}

/** Judges the central directory before anything is inflated; returns the root OFD.xml entry. */
function judgeDeclared(entries: readonly ZipEntry[]): ZipEntry {
  let total = 0;
  const roots: ZipEntry[] = [];
  for (const entry of entries) {
    if (isUnsafeEntryName(entry.name)) throw malformedOfd("unsafe_path");
    if (entry.compression !== 0 && entry.compression !== 8) throw malformedOfd("unsupported_compression");
    total += entry.declaredSize;
    if (total > OFD_MAX_TOTAL_UNCOMPRESSED) throw malformedOfd("too_large");
    if (entry.declaredSize > entry.compressedSize * OFD_MAX_COMPRESSION_RATIO) throw malformedOfd("compression_ratio");
    if (entry.name === "OFD.xml") roots.push(entry);
  }
  const [root] = roots;
  if (!root || roots.length > 1) throw malformedOfd("missing_ofd_xml");
  if (root.declaredSize === 0 || root.declaredSize > OFD_XML_MAX_BYTES) throw malformedOfd("missing_ofd_xml");
  return root;
}

/** The entry's compressed bytes, found through its local header (whose name must match the directory's). */
function entryData(bytes: Uint8Array, view: DataView, entry: ZipEntry): Uint8Array {
  const at = entry.localOffset;
  if (view.getUint32(at, true) !== 0x04034b50) throw malformedOfd("not_zip");
  const nameLength = view.getUint16(at + 26, true);
  const localName = bytes.subarray(at + 30, at + 30 + nameLength);
  const sameName = localName.length === entry.rawName.length && localName.every((byte, i) => byte === entry.rawName[i]);
  if (!sameName) throw malformedOfd("not_zip");
  const start = at + 30 + nameLength + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw malformedOfd("not_zip");
  return bytes.subarray(start, end);
}

export interface Inflated {
  /** Bytes produced; when `stopped`, how far it got (at most one step past the limit). */
  size: number;
  /** Whether it gave up because the output passed the limit. */
  stopped: boolean;
  /** The output, when asked to keep it and not stopped; empty otherwise. */
  output: Uint8Array;
}

/**
 * Inflates a raw deflate stream step by step, giving up as soon as it has produced more than
 * `limit` bytes. Keeps the output only when asked. Throws on a damaged stream.
 */
export function inflateLimited(data: Uint8Array, limit: number, keep = false): Inflated {
  let size = 0;
  const parts: Uint8Array[] = [];
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (keep && size <= limit) parts.push(chunk);
  });
  const step = inflateStep(limit);
  for (let at = 0; at < data.length && size <= limit; at += step) {
    const end = Math.min(at + step, data.length);
    inflater.push(data.subarray(at, end), end === data.length);
  }
  if (size > limit) return { size, stopped: true, output: new Uint8Array(0) };
  const output = new Uint8Array(keep ? size : 0);
  let offset = 0;
  for (const part of parts) {
    output.set(part, offset);
    offset += part.length;
  }
  return { size, stopped: false, output };
}

/**
 * An OFD is a zip with OFD.xml at its root. Declared sizes are judged first, then every entry is
 * inflated under hard caps on what it actually produces; OFD.xml must hold an <OFD> root element.
 */
export function checkOfd(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let xml = "";
  try {
    const entries = readCentralDirectory(bytes, view);
    const root = judgeDeclared(entries);
    let total = 0;
    for (const entry of entries) {
      const data = entryData(bytes, view, entry);
      const bounds: [InflateLimitReason, number][] = [
        ["declared_size", entry.declaredSize],
        ["ratio", data.length * OFD_MAX_COMPRESSION_RATIO],
        ["total", OFD_MAX_TOTAL_UNCOMPRESSED - total],
      ];
      const [reason, limit] = bounds.reduce((a, b) => (b[1] < a[1] ? b : a));
      const inflated =
        entry.compression === 0 ? { size: data.length, output: data } : inflateLimited(data, limit, entry === root);
      if (inflated.size > limit) throw inflatesTooMuch(reason, entry.name);
      if (inflated.size !== entry.declaredSize) throw malformedOfd("not_zip");
      total += inflated.size;
      if (entry === root) xml = new TextDecoder("utf-8").decode(inflated.output);
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw malformedOfd("not_zip");
  }
  if (!/<([\w-]+:)?OFD[\s>/]/.test(xml)) throw malformedOfd("missing_ofd_xml");
}
