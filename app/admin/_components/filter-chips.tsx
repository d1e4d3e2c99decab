import Link from "next/link";
import { hrefWith, type Query } from "../_lib/query";
import { cn } from "@/lib/cn";

interface FilterChipsProps {
  /** The visible name of the group ("Role"). */
  label: string;
  path: string;
  query: Query;
  /** The query parameter the chips set. */
  name: string;
  /** The first option clears the filter (value undefined). */
  options: { value: string | undefined; label: string }[];
}

/**
 * Django admin's list_filter as a row of links: each chip is the current address with this one
 * filter changed, the chosen one marked (aria-current and a filled, outlined look — not colour alone).
 */
export function FilterChips({ label, path, query, name, options }: FilterChipsProps) {
  const id = `filter-${name}`;
  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
      <p id={id} className="shrink-0 text-sm font-semibold text-gray-900 sm:w-24">
        {label}
      </p>
      <ul aria-labelledby={id} className="flex flex-wrap gap-2">
        {options.map((option) => {
          const current = query[name] === option.value;
          return (
            <li key={option.label}>
              <Link
                href={hrefWith(path, query, { [name]: option.value })}
                aria-current={current ? "true" : undefined}
                className={cn(
                  "inline-flex items-center gap-1 rounded-full border px-3 py-1.5 text-sm font-medium",
                  current ? "border-bruin-darker bg-bruin-darker text-white" : "border-gray-300 bg-white text-bruin-dark hover:border-bruin hover:bg-bruin-light",
                )}
              >
                {current && (
                  <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="size-4">
                    <path fillRule="evenodd" clipRule="evenodd" d="M16.7 5.3a1 1 0 0 1 0 1.4l-8 8a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L8 12.58l7.3-7.3a1 1 0 0 1 1.4 0Z" />
                  </svg>
                )}
                {option.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
