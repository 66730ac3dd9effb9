// Shared by server prefetches and client islands: the same input and paging build the same query key.

/** TanStack Query's paging of a keyset list: the server's cursor of the next page, none after the last. */
export const keysetPaging = { getNextPageParam: (last: { nextCursor: string | null }) => last.nextCursor ?? undefined };

/** Rows per "load more". */
export const LIST_PAGE_SIZE = 20;

/** A keyset list's query input: its filters and the page size. */
export function listInput<F extends object>(filters: F): F & { limit: number } {
  return { ...filters, limit: LIST_PAGE_SIZE };
}
