import Link from "next/link";
import { formatCount } from "../_lib/format";
import { hrefWith, pageCount, type Query } from "../_lib/query";

interface PaginationProps {
  path: string;
  query: Query;
  page: number;
  perPage: number;
  total: number;
  /** "users", "entries". */
  noun: string;
}

const linkClass = "rounded-lg border border-gray-300 bg-white px-3 py-2 font-semibold text-bruin-dark hover:bg-bruin-light";
const idleClass = "rounded-lg border border-gray-200 px-3 py-2 font-semibold text-gray-500";

interface PageNavProps {
  page: number;
  perPage: number;
  total: number;
  /** "users", "entries", "pairs": in the summary and in the links' accessible names. */
  noun: string;
  /** The address of another page of the list. */
  hrefOf: (page: number) => string;
}

/** "Showing 26–50 of 132 users" and Previous/Next links, for any paged list of the console. */
export function PageNav({ page, perPage, total, noun, hrefOf }: PageNavProps) {
  // An empty list has its own empty state; "No users" under it would say the same twice.
  if (total === 0) return null;
  const pages = pageCount(total, perPage);
  const first = (page - 1) * perPage + 1;
  const last = Math.min(total, page * perPage);
  return (
    <div className="flex flex-col gap-3 text-sm sm:flex-row sm:items-center sm:justify-between">
      <p className="text-gray-700" data-testid="page-summary">
        {first > total ? `${formatCount(total)} ${noun} in all` : `Showing ${formatCount(first)}–${formatCount(last)} of ${formatCount(total)} ${noun}`}
      </p>
      {pages > 1 && (
        <nav aria-label={`Pages of ${noun}`} className="flex items-center gap-2">
          {page > 1 ? (
            <Link href={hrefOf(page - 1)} className={linkClass} rel="prev">
              <span aria-hidden>←</span> Previous<span className="sr-only"> {noun}</span>
            </Link>
          ) : (
            <span className={idleClass} aria-hidden>
              ← Previous
            </span>
          )}
          <span className="px-1 text-gray-700">
            Page {page} of {pages}
          </span>
          {page < pages ? (
            <Link href={hrefOf(page + 1)} className={linkClass} rel="next">
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

/** A list whose page is the `page` parameter of the address, keeping the rest of the query (filters). */
export function Pagination({ path, query, page, perPage, total, noun }: PaginationProps) {
  return <PageNav page={page} perPage={perPage} total={total} noun={noun} hrefOf={(to) => hrefWith(path, query, { page: String(to) })} />;
}
