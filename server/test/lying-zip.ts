/**
 * Test fixtures for archives that lie about themselves: a hand-made deflate stream of a prefix
 * followed by a long run of zeros, and a zip writer that declares whatever sizes it is told.
 */

const RUN = 258;

/**
 * Raw deflate of `prefix` followed by `zeros` zero bytes (rounded up to whole runs of 258):
 * a stored block with the prefix, then one dynamic-Huffman block in which "length 258" and
 * "distance 1" each have a one-bit code. Every 258 zeros cost two bits, so 1 GiB of zeros
 * takes about 1 MiB. Built in a few milliseconds: the repeated part is all zero bits.
 */
export function deflateWithZeroRun(prefix: Uint8Array, zeros: number): Uint8Array {
  const runs = Math.max(0, Math.ceil((zeros - 1) / RUN));
  const out = new Uint8Array(prefix.length + 64 + Math.ceil((2 * runs) / 8));
  let bit = 0;
  const put = (value: number, bits: number) => {
    for (let i = 0; i < bits; i++, bit++) if ((value >> i) & 1) out[bit >> 3] = (out[bit >> 3] ?? 0) | (1 << (bit & 7));
  };
  /** Huffman codes go most significant bit first. */
  const code = (value: number, bits: number) => {
    for (let i = bits - 1; i >= 0; i--) put((value >> i) & 1, 1);
  };
  // Stored block (not final) holding the prefix, byte-aligned.
  put(0, 3);
  bit = Math.ceil(bit / 8) * 8;
  put(prefix.length, 16);
  put(~prefix.length & 0xffff, 16);
  out.set(prefix, bit / 8);
  bit += prefix.length * 8;
  // Final dynamic block: 286 literal/length codes, 1 distance code, 18 code-length codes.
  put(1, 1);
  put(2, 2);
  put(286 - 257, 5);
  put(0, 5);
  put(18 - 4, 4);
  const order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
  const codeLengthBits: Record<number, number> = { 18: 1, 1: 2, 2: 2 };
  for (const symbol of order.slice(0, 18)) put(codeLengthBits[symbol] ?? 0, 3);
  // Code-length codes: 18 → "0", 1 → "10", 2 → "11".
  const zeroRun = (count: number) => {
    code(0, 1);
    put(count - 11, 7);
  };
  code(3, 2); // literal 0: length 2
  zeroRun(138);
  zeroRun(117); // literals 1..255 unused
  code(3, 2); // 256 (end of block): length 2
  zeroRun(28); // 257..284 unused
  code(2, 2); // 285 (length 258): length 1
  code(2, 2); // distance code 0 (distance 1): length 1
  // Codes: 285 → "0", literal 0 → "10", 256 → "11"; distance 1 → "0".
  code(2, 2); // one literal zero to copy from
  bit += 2 * runs; // each run: "0" (length 258) + "0" (distance 1), already zero in `out`
  code(3, 2); // end of block
  return out.subarray(0, Math.ceil(bit / 8));
}

export interface ZipEntrySpec {
  name: string;
  /** The entry's bytes as stored in the archive (already deflated when `method` is 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** What the headers claim the entry inflates to. */
  declaredSize: number;
}

/** A zip whose local and central headers both declare `declaredSize` (CRC left at 0: nobody we test checks it). */
export function zipWithDeclaredSizes(entries: readonly ZipEntrySpec[]): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x800, true);
    lv.setUint16(8, entry.method, true);
    lv.setUint32(18, entry.data.length, true);
    lv.setUint32(22, entry.declaredSize, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x800, true);
    cv.setUint16(10, entry.method, true);
    cv.setUint32(20, entry.data.length, true);
    cv.setUint32(24, entry.declaredSize, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, entry.data);
    centrals.push(central);
    offset += local.length + entry.data.length;
  }
  const directorySize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, directorySize, true);
  ev.setUint32(16, offset, true);
  const parts = [...locals, ...centrals, end];
  const zip = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    zip.set(part, at);
    at += part.length;
  }
  return zip;
}

export const OFD_XML =
  '<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0"><ofd:DocBody/></ofd:OFD>';

/**
 * An OFD of about 1 MiB whose headers say OFD.xml (or `entry`) is small while it really inflates
 * to `inflated` bytes (1 GiB by default): the shape of the archive that froze the server.
 */
export function lyingOfd(options: { entry?: "OFD.xml" | "Res/zeros.bin"; inflated?: number } = {}): Uint8Array {
  const inflated = options.inflated ?? 1024 * 1024 * 1024;
  const xml = new TextEncoder().encode(OFD_XML);
  if (options.entry === "Res/zeros.bin") {
    return zipWithDeclaredSizes([
      { name: "OFD.xml", data: xml, method: 0, declaredSize: xml.length },
      { name: "Res/zeros.bin", data: deflateWithZeroRun(new Uint8Array(0), inflated), method: 8, declaredSize: 4096 },
    ]);
  }
  const data = deflateWithZeroRun(xml, inflated - xml.length);
  return zipWithDeclaredSizes([{ name: "OFD.xml", data, method: 8, declaredSize: xml.length }]);
}
