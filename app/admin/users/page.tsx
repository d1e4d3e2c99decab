import type { Metadata } from "next";
import Link from "next/link";
import { requirePageAdmin } from "@/app/_lib/session";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { TextLink } from "@/components/ui/text-link";
import { listUsers, type UserList } from "@/lib/admin/list-users";
import { isAppError } from "@/lib/errors";
import { ownName } from "@/lib/users/serialize";
import { AdminShell } from "../_components/admin-shell";
import { FilterChips } from "../_components/filter-chips";
import { Pagination } from "../_components/pagination";
import { ROLE_NAMES, UserBadges } from "../_components/user-badges";
import { BACKGROUNDS } from "@/lib/admin/program-stats";
import { BACKGROUND_NAMES } from "../_lib/format";
import { LocalTime } from "@/components/local-time";
import { hrefWith, pickQuery, type Query } from "../_lib/query";
import { cn } from "@/lib/cn";

export const metadata: Metadata = { title: "Users · Admin" };

const PATH = "/admin/users";
const PER_PAGE = "25";
/** The list's own parameters; anything else in the address is dropped from its links. */
const KEYS = ["q", "role", "status", "background", "sort", "page"] as const;
/** The domain's order when the address names none: newest accounts first. */
const DEFAULT_SORT = "-dateJoined";

const ROLE_OPTIONS = [
  { value: undefined, label: "All roles" },
  { value: "MENTEE", label: "Mentees" },
  { value: "MENTOR", label: "Mentors" },
  { value: "ADMIN", label: "Admins" },
];
const STATUS_OPTIONS = [
  { value: undefined, label: "Any status" },
  { value: "unverified", label: "Unverified" },
  { value: "matched", label: "Matched" },
  { value: "unmatched", label: "Unmatched" },
  { value: "pending_deletion", label: "Pending deletion" },
  { value: "deactivated", label: "Deactivated" },
];
const BACKGROUND_OPTIONS = [{ value: undefined, label: "Any background" }, ...BACKGROUNDS.map((key) => ({ value: key, label: BACKGROUND_NAMES[key] }))];

/** Columns that sort, and the direction a first click asks for (dates: newest first). */
const SORTABLE = {
  name: { label: "Name", first: "name" },
  email: { label: "Email", first: "email" },
  role: { label: "Role", first: "role" },
  dateJoined: { label: "Joined", first: "-dateJoined" },
  lastLogin: { label: "Last login", first: "-lastLogin" },
} as const;
type SortKey = keyof typeof SORTABLE;

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = pickQuery(await searchParams, KEYS);
  await requirePageAdmin(hrefWith(PATH, query, { page: query.page }));

  let list: UserList | null = null;
  let problem: string | null = null;
  try {
    list = await listUsers({ query: { ...query, per_page: PER_PAGE } });
  } catch (error) {
    // A hand-edited address (an unknown sort, page "abc") is the visitor's mistake: say so, not 500.
    if (!isAppError(error) || error.code !== "INVALID_INPUT") throw error;
    problem = error.message;
  }
  const filtered = Boolean(query.q || query.role || query.status || query.background);

  return (
    <AdminShell
      section="users"
      title="Users"
      intro={<p>Find any account by name or email, then open it to see everything about it.</p>}
      actions={
        <>
          {/* Plain links: the CSV files are downloads, not pages for the client router. */}
          <a href="/api/admin/export/users.csv" download className="rounded-lg border border-bruin bg-white px-4 py-2 text-sm font-semibold text-bruin-dark hover:bg-bruin-light">
            Export users (CSV)
          </a>
          <a href="/api/admin/export/matches.csv" download className="rounded-lg border border-bruin bg-white px-4 py-2 text-sm font-semibold text-bruin-dark hover:bg-bruin-light">
            Export matches (CSV)
          </a>
        </>
      }
    >
      <section aria-label="Search and filters" className="space-y-4 rounded-2xl border border-gray-200 bg-white p-4 shadow-sm sm:p-6">
        <form role="search" action={PATH} method="get" className="flex flex-col gap-2 sm:flex-row sm:items-end">
          <div className="min-w-0 flex-1 space-y-1.5">
            <label htmlFor="user-search" className="block text-sm font-semibold text-gray-900">
              Search by name or email
            </label>
            <Input id="user-search" type="search" name="q" defaultValue={query.q ?? ""} placeholder="e.g. Garcia or jdoe@ucla.edu" spellCheck={false} autoComplete="off" maxLength={200} />
          </div>
          {/* The search keeps the chosen filters and order; it starts again at page 1. */}
          {(["role", "status", "background", "sort"] as const).map((key) => (query[key] ? <input key={key} type="hidden" name={key} value={query[key]} /> : null))}
          <div className="flex gap-2">
            <Button type="submit" className="flex-1 py-2.5 sm:flex-none">
              Search
            </Button>
            {query.q && (
              <ButtonLink href={hrefWith(PATH, query, { q: undefined })} variant="ghost" className="py-2.5">
                Clear<span className="sr-only"> the search</span>
              </ButtonLink>
            )}
          </div>
        </form>
        <FilterChips label="Role" path={PATH} query={query} name="role" options={ROLE_OPTIONS} />
        <FilterChips label="Status" path={PATH} query={query} name="status" options={STATUS_OPTIONS} />
        <FilterChips label="Background" path={PATH} query={query} name="background" options={BACKGROUND_OPTIONS} />
      </section>

      {problem && (
        <Alert tone="error" data-testid="query-error">
          <p>{problem}.</p>
          <p>
            <TextLink href={PATH}>Show all users</TextLink>
          </p>
        </Alert>
      )}

      {list && (
        <section aria-labelledby="results-heading" className="space-y-4">
          <h2 id="results-heading" className="sr-only">
            Results
          </h2>
          {list.users.length === 0 ? (
            <div className="rounded-2xl border border-dashed border-gray-300 bg-white p-8 text-center" data-testid="empty-state">
              <p className="font-semibold text-gray-900">
                {list.total > 0 ? "This page is past the end of the list." : filtered ? "No user matches this search and these filters." : "No users yet."}
              </p>
              {list.total > 0 && (
                <p className="mt-2 text-sm text-gray-700">
                  <TextLink href={hrefWith(PATH, query, { page: undefined })}>Go to the first page</TextLink>
                </p>
              )}
              {filtered && list.total === 0 && (
                <p className="mt-2 text-sm text-gray-700">
                  Try part of the name or the email, or <TextLink href={PATH}>clear every filter</TextLink>.
                </p>
              )}
            </div>
          ) : (
            <UserTable list={list} query={query} />
          )}
          <Pagination path={PATH} query={query} page={list.page} perPage={list.per_page} total={list.total} noun="users" />
        </section>
      )}
    </AdminShell>
  );
}

function SortHeader({ column, query, className = "" }: { column: SortKey; query: Query; className?: string }) {
  const sort = query.sort ?? DEFAULT_SORT;
  const direction = sort === column ? "ascending" : sort === `-${column}` ? "descending" : undefined;
  // A second click on the sorted column turns the order round.
  const next = direction === "ascending" ? `-${column}` : direction === "descending" ? column : SORTABLE[column].first;
  return (
    <th scope="col" aria-sort={direction} className={cn("px-3 py-3 text-left font-semibold", className)}>
      <Link href={hrefWith(PATH, query, { sort: next === DEFAULT_SORT ? undefined : next })} className="inline-flex items-center gap-1 rounded text-bruin-darker underline decoration-bruin/30 underline-offset-2 hover:decoration-current">
        {SORTABLE[column].label}
        <span aria-hidden className="text-xs">
          {direction === "ascending" ? "▲" : direction === "descending" ? "▼" : "↕"}
        </span>
        <span className="sr-only">{direction ? `, sorted ${direction}; click to reverse` : ", click to sort"}</span>
      </Link>
    </th>
  );
}

function UserTable({ list, query }: { list: UserList; query: Query }) {
  return (
    // The table scrolls inside its own region on a narrow screen, never the page.
    <div role="region" aria-labelledby="users-caption" tabIndex={0} className="overflow-x-auto rounded-2xl border border-gray-200 bg-white shadow-sm">
      <table className="w-full min-w-[20rem] border-collapse text-sm" data-testid="users-table">
        <caption id="users-caption" className="sr-only">
          Users, {list.total} in all
        </caption>
        <thead className="border-b border-gray-300 bg-gray-50">
          <tr>
            <SortHeader column="name" query={query} />
            <SortHeader column="email" query={query} className="hidden md:table-cell" />
            <SortHeader column="role" query={query} className="hidden sm:table-cell" />
            <th scope="col" className="px-3 py-3 text-left font-semibold text-gray-900">
              Status
            </th>
            <th scope="col" className="hidden px-3 py-3 text-left font-semibold text-gray-900 lg:table-cell">
              Mentor
            </th>
            <SortHeader column="dateJoined" query={query} className="hidden md:table-cell" />
            <SortHeader column="lastLogin" query={query} className="hidden md:table-cell" />
          </tr>
        </thead>
        <tbody>
          {list.users.map((user) => (
            <tr key={user.userID} className="border-b border-gray-100 align-top last:border-0 hover:bg-gray-50">
              <th scope="row" className="max-w-[14rem] px-3 py-3 text-left font-normal">
                {/* The link names the person; someone who has not given a name yet is their email. */}
                <Link href={`/admin/users/${user.userID}`} className="block break-words rounded font-semibold text-bruin-dark underline decoration-bruin/30 underline-offset-2 hover:decoration-current">
                  {ownName(user)}
                </Link>
                {ownName(user) !== user.email && <span className="block break-all text-gray-700 md:hidden">{user.email}</span>}
                <span className="block text-gray-700 sm:hidden">{ROLE_NAMES[user.role]}</span>
              </th>
              <td className="hidden px-3 py-3 [overflow-wrap:anywhere] md:table-cell">{user.email}</td>
              <td className="hidden px-3 py-3 sm:table-cell">{ROLE_NAMES[user.role]}</td>
              <td className="px-3 py-3">
                <UserBadges user={user} />
              </td>
              <td className="hidden px-3 py-3 [overflow-wrap:anywhere] lg:table-cell">{user.matchedMentorEmail ?? <span className="text-gray-600">—</span>}</td>
              <td className="hidden whitespace-nowrap px-3 py-3 md:table-cell"><LocalTime iso={user.dateJoined} style="date" /></td>
              <td className="hidden whitespace-nowrap px-3 py-3 md:table-cell">{user.lastLogin ? <LocalTime iso={user.lastLogin} style="date" /> : <span className="text-gray-600">Never</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
