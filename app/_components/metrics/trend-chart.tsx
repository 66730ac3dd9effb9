import { formatRate, niceCeil, segmentsOf } from "./format";

export interface ChartPoint {
  day: string;
  value: number | null;
}

const colors = { red: "#dc2626", amber: "#b45309", green: "#15803d", purple: "#7c3aed" } as const;

/**
 * MET-2: one metric's 90-day trend as a dependency-free SVG line (the plot stretches to any
 * width; labels and the last-point marker are HTML so they never distort). Hovering a day shows
 * its value through the column's title.
 */
export function TrendChart(props: {
  title: string;
  points: ChartPoint[];
  kind: "rate" | "count";
  color: keyof typeof colors;
  emptyText: string;
  testId: string;
}) {
  const { points, kind } = props;
  const format = (v: number | null) => (kind === "rate" ? formatRate(v) : v === null ? "—" : String(v));
  const values = points.map((p) => p.value);
  const present = values.filter((v): v is number => v !== null);
  const top = niceCeil(Math.max(0, ...present), kind === "rate" ? 0.01 : 1);
  const width = Math.max(1, points.length - 1);
  const y = (v: number) => 100 - (v / top) * 100;
  const path = segmentsOf(values)
    .map((seg) =>
      seg.length === 1 && seg[0]
        ? `M${seg[0].index - 0.3},${y(seg[0].value)}L${seg[0].index + 0.3},${y(seg[0].value)}`
        : seg.map((p, i) => `${i ? "L" : "M"}${p.index},${y(p.value)}`).join(""),
    )
    .join("");
  const last = points.at(-1);
  const lastIndex = points.length - 1;
  const stroke = colors[props.color];
  return (
    <figure data-testid={props.testId} className="flex min-w-0 flex-col gap-1">
      <figcaption className="flex items-baseline justify-between gap-2 text-sm">
        <span className="font-medium text-gray-700">{props.title}</span>
        <span className="tabular-nums" style={{ color: stroke }}>
          {format(last?.value ?? null)}
        </span>
      </figcaption>
      {present.length === 0 ? (
        <div className="flex h-32 items-center justify-center rounded border border-dashed border-gray-200 text-xs text-gray-500">
          {props.emptyText}
        </div>
      ) : (
        <div
          className="relative h-32 text-[10px] text-gray-500"
          role="img"
          aria-label={`${props.title}: ${format(last?.value ?? null)}`}
        >
          <span className="absolute top-1 left-0 w-11 -translate-y-1/2 text-right tabular-nums">{format(top)}</span>
          {kind === "rate" || Number.isInteger(top / 2) ? (
            <span className="absolute top-[calc(50%-8px)] left-0 w-11 -translate-y-1/2 text-right tabular-nums">
              {format(top / 2)}
            </span>
          ) : null}
          <span className="absolute bottom-4 left-0 w-11 translate-y-1/2 text-right tabular-nums">{format(0)}</span>
          <div className="absolute top-1 right-1 bottom-4 left-13">
            <svg
              viewBox={`0 0 ${width} 100`}
              preserveAspectRatio="none"
              className="absolute inset-0 h-full w-full overflow-visible"
              aria-hidden
            >
              {[0, 50, 100].map((gy) => (
                <line
                  key={gy}
                  x1={0}
                  x2={width}
                  y1={gy}
                  y2={gy}
                  stroke="#e5e7eb"
                  strokeWidth={1}
                  vectorEffect="non-scaling-stroke"
                />
              ))}
              <path
                d={path}
                fill="none"
                stroke={stroke}
                strokeWidth={2}
                strokeLinejoin="round"
                strokeLinecap="round"
                vectorEffect="non-scaling-stroke"
              />
            </svg>
            {last?.value != null ? (
              <span
                className="absolute size-2 -translate-x-1/2 -translate-y-1/2 rounded-full ring-2 ring-white"
                style={{ left: `${(lastIndex / width) * 100}%`, top: `${y(last.value)}%`, backgroundColor: stroke }}
              />
            ) : null}
            <div className="absolute inset-0 flex">
              {points.map((p) => (
                <span
                  key={p.day}
                  className="h-full flex-1 hover:bg-gray-900/5"
                  title={`${p.day}  ${format(p.value)}`}
                />
              ))}
            </div>
          </div>
          <span className="absolute bottom-0 left-13 tabular-nums">{points[0]?.day.slice(5)}</span>
          <span className="absolute right-1 bottom-0 tabular-nums">{last?.day.slice(5)}</span>
        </div>
      )}
    </figure>
  );
}
