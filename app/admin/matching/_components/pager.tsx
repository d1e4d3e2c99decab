import Link from "next/link";
import { formatCount } from "../../_lib/format";

const linkClass = "rounded-lg border border-gray-300 bg-white px-3 py-2 font-semibold text-bruin-dark hover:bg-bruin-light";
const idleClass = "rounded-lg border border-gray-200 px-3 py-2 font-semibold text-gray-500";

interface PagerProps {
  path: string;
  /** The page parameters of the whole page (two lists page independently). */
  pages: Record<string, number>;
  param: string;
  perPage: number;
  total: number;
  noun: string;
  /** Where the list starts, so following a link keeps it in view. */
  anchor: string;
}

const hrefFor = (path: string, pages: Record<string, number>, anchor: string) => {
  const search = new URLSearchParams(Object.entries(pages).flatMap(([key, value]) => (value > 1 ? [[key, String(value)]] : [])));
  const text = search.toString();
  return `${path}${text ? `?${text}` : ""}#${anchor}`;
};

/** "Showing 101–200 of 2,000 pairs" and Previous/Next links for one of the page's lists. */
export function Pager({ path, pages, param, perPage, total, noun, anchor }: PagerProps) {
  if (total === 0) return null;
  const page = pages[param] ?? 1;
  const count = Math.max(1, Math.ceil(total / perPage));
  const first = (page - 1) * perPage + 1;
  const last = Math.min(total, page * perPage);
  return (
    <div className="flex flex-col gap-3 text-sm sm:flex-row sm:items-center sm:justify-between">
      <p className="text-gray-700">{first > total ? `${formatCount(total)} ${noun} in all` : `Showing ${formatCount(first)}–${formatCount(last)} of ${formatCount(total)} ${noun}`}</p>
      {count > 1 && (
        <nav aria-label={`Pages of ${noun}`} className="flex items-center gap-2">
          {page > 1 ? (
            <Link href={hrefFor(path, { ...pages, [param]: page - 1 }, anchor)} className={linkClass} rel="prev">
              <span aria-hidden>←</span> Previous<span className="sr-only"> {noun}</span>
            </Link>
          ) : (
            <span className={idleClass} aria-hidden>
              ← Previous
            </span>
          )}
          <span className="px-1 text-gray-700">
            Page {page} of {count}
          </span>
          {page < count ? (
            <Link href={hrefFor(path, { ...pages, [param]: page + 1 }, anchor)} className={linkClass} rel="next">
              Next<span className="sr-only"> {noun}</span> <span aria-hidden>→</span>
            </Link>
          ) : (
            <span className={idleClass} aria-hidden>
              Next →
            </span>
          )}
        </nav>
      )}
    </div>
  );
}
