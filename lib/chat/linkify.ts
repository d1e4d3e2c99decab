/**
 * Splits a chat message into text and links, so the page can render links as React elements
 * (never as HTML: nothing a student types reaches dangerouslySetInnerHTML). Only http and https
 * addresses become links; "javascript:", "data:" and the like stay text. A small tokenizer over the
 * URL parser instead of linkifyjs: the rules here are few (http/https, `www.`, trailing punctuation)
 * and the chat page stays inside its first-load JS budget.
 */

export type MessagePart = { type: "text"; text: string } | { type: "link"; text: string; href: string };

// A candidate starts with http(s):// or www. and runs until whitespace or a character that cannot
// be part of an address typed in prose.
const CANDIDATE = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/gi;
const TRAILING = /[.,;:!?'"’”»)\]}]+$/;

/** Drops punctuation that ends the sentence, keeping a ")" that closes a "(" of the address itself. */
function trimTrailing(candidate: string): string {
  let url = candidate;
  for (;;) {
    const trailing = TRAILING.exec(url);
    if (!trailing) return url;
    const last = url.at(-1);
    if (last === ")" && (url.match(/\(/g)?.length ?? 0) >= (url.match(/\)/g)?.length ?? 0)) return url;
    url = url.slice(0, -1);
  }
}

/** The link for a candidate, or null if the URL parser refuses it or it is not http(s) with a host. */
export function safeHref(candidate: string): string | null {
  const withScheme = /^www\./i.test(candidate) ? `https://${candidate}` : candidate;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    if (!url.hostname.includes(".") && url.hostname !== "localhost") return null;
    return url.href;
  } catch {
    return null;
  }
}

export function linkify(text: string): MessagePart[] {
  const parts: MessagePart[] = [];
  let last = 0;
  const push = (part: MessagePart) => {
    const previous = parts.at(-1);
    if (part.type === "text" && previous?.type === "text") previous.text += part.text;
    else if (part.type === "link" || part.text) parts.push(part);
  };
  for (const match of text.matchAll(CANDIDATE)) {
    const start = match.index;
    // "xhttp://…" or "foo.www.bar" is not the start of an address.
    if (start > 0 && /[\w.@/-]/.test(text[start - 1] ?? "")) continue;
    const candidate = trimTrailing(match[0]);
    const href = safeHref(candidate);
    if (!href) continue;
    push({ type: "text", text: text.slice(last, start) });
    push({ type: "link", text: candidate, href });
    last = start + candidate.length;
  }
  push({ type: "text", text: text.slice(last) });
  return parts;
}
