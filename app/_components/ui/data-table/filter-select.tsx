"use client";

import type { ParserMap } from "nuqs";
import { filterField, filterLabel } from "./filter-bar";
import type { FilterValue } from "./url-filters";
import type { UrlFilters } from "./use-url-filters";

export interface FilterOption<V> {
  value: V;
  label: string;
  /** Options of one group stand in an <optgroup> with this label. */
  group?: string;
}

function OptionList<V>({ options }: { options: readonly FilterOption<V>[] }) {
  return options.map((option) => (
    <option key={String(option.value)} value={String(option.value)}>
      {option.label}
    </option>
  ));
}

/** A one-of filter as a labelled select; the first option ("all …") clears it. */
export function FilterSelect<P extends ParserMap, K extends keyof P & string>(props: {
  filters: UrlFilters<P>;
  name: K;
  label: string;
  allLabel: string;
  options: readonly FilterOption<NoInfer<FilterValue<P, K>>>[];
  className?: string;
  testId?: string;
}) {
  const { filters, name, options } = props;
  const value = filters.values[name];
  const groups = [...new Set(options.map((option) => option.group))];
  return (
    <label className={filterLabel}>
      {props.label}
      <select
        className={`${filterField} ${props.className ?? ""}`}
        value={value === undefined ? "" : String(value)}
        data-testid={props.testId}
        onChange={(e) => filters.setOne(name, options.find((option) => String(option.value) === e.target.value)?.value)}
      >
        <option value="">{props.allLabel}</option>
        {groups.map((group) =>
          group === undefined ? (
            <OptionList key="" options={options.filter((option) => option.group === undefined)} />
          ) : (
            <optgroup key={group} label={group}>
              <OptionList options={options.filter((option) => option.group === group)} />
            </optgroup>
          ),
        )}
      </select>
    </label>
  );
}
