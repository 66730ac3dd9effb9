// Shared by the server prefetch and the client island, so both build the same query key.
export const APPEAL_QUEUE_INPUT = { limit: 20 };
export const appealQueuePaging = { getNextPageParam: (last: { nextCursor: string | null }) => last.nextCursor ?? undefined };
