"use client";

import { useCallback, useMemo, useRef } from "react";

/** A random token; crypto.randomUUID needs a secure context, getRandomValues does not. */
function randomKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export interface SubmissionKey {
  /** The key of the submission in progress: made on first use, then the same for its retries. */
  key(): string;
  /** The submission went through: the next one gets a fresh key. */
  renew(): void;
}

/**
 * One idempotency key per form submission for the mutations that move money or close a case.
 * A retry of the same submission (a lost response, a double click) sends the same key, so the
 * server answers with the first result instead of acting twice; after a success the key is
 * renewed. A refused submission (validation, a rule) stores nothing on the server, so the
 * corrected form may go out with the same key.
 */
export function useSubmissionKey(): SubmissionKey {
  const current = useRef<string | null>(null);
  const key = useCallback(() => (current.current ??= randomKey()), []);
  const renew = useCallback(() => {
    current.current = null;
  }, []);
  return useMemo(() => ({ key, renew }), [key, renew]);
}
