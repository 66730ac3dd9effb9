const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from clients are opaque strings; anything not shaped like ours cannot exist. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
