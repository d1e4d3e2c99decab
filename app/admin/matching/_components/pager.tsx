import { PageNav } from "../../_components/pagination";

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

/** One of the page's two lists, paged by its own parameter and kept in view by its anchor. */
export function Pager({ path, pages, param, perPage, total, noun, anchor }: PagerProps) {
  return <PageNav page={pages[param] ?? 1} perPage={perPage} total={total} noun={noun} hrefOf={(to) => hrefFor(path, { ...pages, [param]: to }, anchor)} />;
}
