"use client";

import * as RadixTabs from "@radix-ui/react-tabs";
import type { ReactNode } from "react";

export interface TabItem<V extends string> {
  value: V;
  label: ReactNode;
}

const looks = {
  /** Under a page heading: which set of records the page shows. */
  underline: {
    list: "flex gap-1 overflow-x-auto border-b border-gray-200",
    trigger:
      "-mb-px border-b-2 border-transparent px-3 py-2 text-sm font-medium whitespace-nowrap text-gray-600 hover:text-gray-900 " +
      "data-[state=active]:border-brand-500 data-[state=active]:text-brand-600 focus-visible:-outline-offset-2",
  },
  /** A compact switch beside other controls. */
  segmented: {
    list: "inline-flex rounded-md bg-gray-100 p-0.5 text-sm",
    trigger:
      "rounded px-3 py-1 whitespace-nowrap text-gray-600 hover:text-gray-900 " +
      "data-[state=active]:bg-white data-[state=active]:font-medium data-[state=active]:text-gray-900 data-[state=active]:shadow-sm " +
      "focus-visible:outline-offset-2",
  },
} as const;

// The underline row scrolls sideways on a phone, which would clip an outline drawn outside the tab.
const focusRing = "focus-visible:outline-2 focus-visible:outline-brand-500";

/**
 * A row of tabs that chooses what the content under it shows (a list's view, a filter), on
 * Radix Tabs: arrow keys move between tabs, Home/End jump, and the focused tab is selected.
 * `label` names the row for screen readers. The content stays where the page has it; when it
 * has an id, pass it as `controls` so each tab points at it.
 */
export function Tabs<V extends string>(props: {
  value: V;
  onValueChange: (value: V) => void;
  items: readonly TabItem<V>[];
  label: string;
  look?: keyof typeof looks;
  controls?: string;
  className?: string;
}) {
  const look = looks[props.look ?? "underline"];
  const choose = (value: string) => {
    const item = props.items.find((i) => i.value === value);
    if (item && item.value !== props.value) props.onValueChange(item.value);
  };
  return (
    <RadixTabs.Root value={props.value} onValueChange={choose} className={props.className} activationMode="automatic">
      <RadixTabs.List aria-label={props.label} className={look.list} loop>
        {props.items.map((item) => (
          <RadixTabs.Trigger
            key={item.value}
            value={item.value}
            aria-controls={props.controls}
            className={`${look.trigger} ${focusRing}`}
          >
            {item.label}
          </RadixTabs.Trigger>
        ))}
      </RadixTabs.List>
    </RadixTabs.Root>
  );
}
