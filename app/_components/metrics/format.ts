/** A rate as a percentage with two decimals; no value (zero denominator, MET-1) is "—". */
export function formatRate(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return "—";
  return `${(value * 100).toFixed(2)}%`;
}

/** The smallest 1/2/5 × 10ⁿ at or above `max` (a readable top of the y axis). */
export function niceCeil(max: number, floor: number): number {
  if (!(max > 0)) return floor;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 5, 10].find((m) => m * magnitude >= max - 1e-12) ?? 10;
  return Math.max(step * magnitude, floor);
}

/** Line segments between gaps: a day without a value ("—") breaks the line. */
export function segmentsOf(values: (number | null)[]): { index: number; value: number }[][] {
  const segments: { index: number; value: number }[][] = [];
  let current: { index: number; value: number }[] = [];
  values.forEach((value, index) => {
    if (value === null) {
      if (current.length) segments.push(current);
      current = [];
    } else current.push({ index, value });
  });
  if (current.length) segments.push(current);
  return segments;
}
