"use client";

import type { ParserMap } from "nuqs";
import type { ReactNode } from "react";
import type { FilterValue } from "./url-filters";
import type { UrlFilters } from "./use-url-filters";

export interface FilterChip<V> {
  value: V;
  label: string;
  count?: ReactNode;
  /** Own colours (e.g. urgency tiers); default brand. */
  tone?: { on: string; off: string };
}

const brand = {
  on: "bg-brand-500 text-white ring-brand-500",
  off: "bg-white text-gray-700 ring-gray-300 hover:bg-gray-50",
};

function Chip({
  pressed,
  tone,
  onClick,
  children,
  data,
}: {
  pressed: boolean;
  tone: FilterChip<unknown>["tone"];
  onClick: () => void;
  children: ReactNode;
  data?: string;
}) {
  const colours = tone ?? brand;
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={onClick}
      data-chip={data}
      className={`rounded-full px-3 py-1 text-sm font-medium whitespace-nowrap tabular-nums ring-1 ring-inset ${pressed ? colours.on : colours.off}`}
    >
      {children}
    </button>
  );
}

/**
 * A one-of filter as a row of chips with counts: "all" first; with `toggle`, pressing the
 * chosen chip again clears it.
 */
export function FilterChips<P extends ParserMap, K extends keyof P & string>(props: {
  filters: UrlFilters<P>;
  name: K;
  label: string;
  all: { label: string; count?: ReactNode };
  options: readonly FilterChip<NoInfer<FilterValue<P, K>>>[];
  toggle?: boolean;
}) {
  const { filters, name } = props;
  const value = filters.values[name];
  const count = (n: ReactNode) =>
    n === undefined || n === null ? null : <span className="ml-1 tabular-nums">{n}</span>;
  return (
    <div className="-mx-1 flex gap-2 overflow-x-auto px-1 pb-1" role="group" aria-label={props.label}>
      <Chip pressed={value === undefined} tone={undefined} onClick={() => filters.setOne(name, undefined)}>
        {props.all.label}
        {count(props.all.count)}
      </Chip>
      {props.options.map((option) => {
        const on = value === option.value;
        return (
          <Chip
            key={String(option.value)}
            pressed={on}
            tone={option.tone}
            data={String(option.value)}
            onClick={() => filters.setOne(name, on && props.toggle ? undefined : option.value)}
          >
            {option.label}
            {count(option.count)}
          </Chip>
        );
      })}
    </div>
  );
}
