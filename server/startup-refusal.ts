import { DataDirLockedError } from "@/db/data-dir-lock";

/** A setting that makes running this process unsafe; the message says what to change. */
export class StartupRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StartupRefusedError";
  }
}

/**
 * Ends the process with exit code 1 and the reason when `error` is a refusal to start
 * (unsafe settings, a data folder held by another process); other errors are rethrown.
 */
export function exitIfRefused(error: unknown): never {
  if (error instanceof StartupRefusedError || error instanceof DataDirLockedError) {
    console.error(`[arbiter] refusing to start: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
