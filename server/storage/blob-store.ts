/**
 * Where uploaded bytes live. Keys are generated (`yyyy/mm/<uuid>`), never taken from people,
 * and the local store keeps them outside `public/`. An S3-style store can replace the local
 * one by implementing `BlobStore`.
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { dataDir } from "@/db/client";

export interface BlobBody {
  stream: ReadableStream<Uint8Array>;
  size: number;
}

export interface BlobStore {
  /** Writes a new blob; fails if the key is taken. */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The blob as a web stream, or null when it does not exist. */
  get(key: string): Promise<BlobBody | null>;
  /** The whole blob in memory, or null when it does not exist. */
  getBytes(key: string): Promise<Uint8Array | null>;
  /** Deletes the blob; a missing blob is not an error. */
  remove(key: string): Promise<void>;
}

const KEY = /^\d{4}\/\d{2}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A fresh storage key under the upload's year and month (UTC). */
export function newBlobKey(now: Date): string {
  const yyyy = String(now.getUTCFullYear()).padStart(4, "0");
  const mm = String(now.getUTCMonth() + 1).padStart(2, "0");
  return `${yyyy}/${mm}/${randomUUID()}`;
}

export function isBlobKey(key: string): boolean {
  return KEY.test(key);
}

/** The local files folder: ARBITER_FILES_DIR, else `files/` next to the PGlite data folder. */
export function filesDir(): string {
  return process.env.ARBITER_FILES_DIR ?? path.join(path.dirname(dataDir()), "files");
}

function isMissing(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "ENOENT";
}

export class LocalDiskBlobStore implements BlobStore {
  constructor(readonly root: string) {}

  private pathOf(key: string): string {
    if (!isBlobKey(key)) throw new Error(`Invalid blob key: ${key}`);
    const full = path.resolve(this.root, ...key.split("/"));
    if (!full.startsWith(path.resolve(this.root) + path.sep)) throw new Error(`Blob key escapes the store: ${key}`);
    return full;
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const target = this.pathOf(key);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    // Write under a temporary name, then link into place: readers never see half a file
    // and an existing blob is never overwritten (link fails with EEXIST).
    const temp = `${target}.${randomUUID()}.tmp`;
    try {
      await fs.promises.writeFile(temp, bytes, { flag: "wx", mode: 0o600 });
      await fs.promises.link(temp, target);
    } finally {
      await fs.promises.rm(temp, { force: true });
    }
  }

  async get(key: string): Promise<BlobBody | null> {
    const target = this.pathOf(key);
    let handle: fs.promises.FileHandle;
    try {
      handle = await fs.promises.open(target, "r");
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    const { size } = await handle.stat();
    const nodeStream = handle.createReadStream({ autoClose: true });
    return { stream: Readable.toWeb(nodeStream) as unknown as ReadableStream<Uint8Array>, size };
  }

  async getBytes(key: string): Promise<Uint8Array | null> {
    try {
      return await fs.promises.readFile(this.pathOf(key));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await fs.promises.rm(this.pathOf(key), { force: true });
  }
}

/** The configured store. Cheap to call; the folder is read from the environment each time. */
export function getBlobStore(): BlobStore {
  return new LocalDiskBlobStore(filesDir());
}
