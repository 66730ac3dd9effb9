"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";

export interface NavItem {
  href: string;
  label: string;
}

export function NavLinks({ items }: { items: NavItem[] }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  return (
    <nav className="mx-auto flex max-w-7xl gap-1 overflow-x-auto px-3 sm:px-6" aria-label={t("sections")}>
      {items.map((item) => {
        const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? "page" : undefined}
            className={`border-b-2 px-3 py-2 text-sm whitespace-nowrap ${active ? "border-brand-500 font-medium text-brand-600" : "border-transparent text-gray-600 hover:text-gray-900"}`}
          >
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
