"use client";

import { useMemo } from "react";

const none: never[] = [];

/**
 * The rows of every loaded keyset page, one stable array per fetch (the table rebuilds its
 * row model only when a page arrives, not on every render).
 */
export function useInfiniteRows<TItem>(query: { data?: { pages: readonly { items: readonly TItem[] }[] } }): TItem[] {
  const data = query.data;
  return useMemo(() => (data ? data.pages.flatMap((page) => page.items) : none), [data]);
}
