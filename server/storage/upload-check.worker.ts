/** Worker-thread entry for the upload checks: answers each CheckRequest from check-pool.ts with a CheckReply. */
import { parentPort } from "node:worker_threads";
import { DomainError } from "@/server/domain/errors";
import type { CheckReply, CheckRequest } from "./check-pool";
import { checkContent } from "./content-checks";

async function answer(request: CheckRequest): Promise<CheckReply> {
  try {
    return { ok: true, content: await checkContent(request.kind, request.bytes) };
  } catch (error) {
    if (error instanceof DomainError) {
      return { ok: false, error: { kind: error.kind, code: error.code, text: error.text, details: error.details } };
    }
    return { ok: false, failure: error instanceof Error ? error.message : String(error) };
  }
}

const port = parentPort;
if (!port) throw new Error("upload-check.worker must run in a worker thread");
port.on("message", (request: CheckRequest) => {
  void answer(request).then((reply) => port.postMessage(reply));
});
