"use client";

import { useSyncExternalStore } from "react";

/** Tailwind's `md` breakpoint: the table from here up, cards below. */
const WIDE = "(min-width: 48rem)";

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(WIDE);
  media.addEventListener("change", onChange);
  return () => media.removeEventListener("change", onChange);
}

/**
 * Whether the screen is wide enough for the table; null on the server and while hydrating,
 * when both layouts render and CSS shows the right one. After that only one is in the page
 * (half the DOM, one live countdown per row, no twin texts for screen readers and tests).
 */
export function useWideScreen(): boolean | null {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(WIDE).matches,
    () => null,
  );
}
