// Shared by the server prefetch and the client island, so both build the same query key.
export const shipmentsPaging = { getNextPageParam: (last: { nextCursor: string | null }) => last.nextCursor ?? undefined };
export const shipmentsInput = (orderNo: string | null) => ({ orderNo: orderNo || undefined, limit: 20 });
