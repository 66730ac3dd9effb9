/** ¥12.30 from integer fen, for messages written on the server. */
export function formatFenPlain(fen: number): string {
  const abs = Math.abs(fen);
  return `${fen < 0 ? "-" : ""}¥${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}
