/**
 * A small self-contained HTML page in the site's colours, for answers that cannot go through the
 * app's layout: the outage page (lib/db-health.ts; the layout needs the database) and proxy.ts's
 * 400/413 pages (the request never reaches a route). No script; the `<style>` carries the
 * request's CSP nonce when there is one.
 */
const escapeHtml = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export interface PlainPageOptions {
  title: string;
  message: string;
  link: { href: string; label: string };
  nonce?: string;
}

export function plainPage({ title, message, link, nonce }: PlainPageOptions): string {
  const nonceAttribute = nonce ? ` nonce="${escapeHtml(nonce)}"` : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} · BruinBridge</title>
<style${nonceAttribute}>
body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;background:#f9fafb;color:#111827;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5}
main{box-sizing:border-box;max-width:32rem;margin:1rem;padding:2rem;background:#fff;border:1px solid #e5e7eb;border-radius:1rem}
h1{margin:0 0 .75rem;font-size:1.5rem;color:#003b5c}
a{display:inline-block;margin-top:1rem;padding:.5rem 1rem;border-radius:.5rem;background:#2774AE;color:#fff;font-weight:600;text-decoration:none}
a:hover{background:#005587}
a:focus-visible{outline:2px solid #005587;outline-offset:2px}
</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>
<a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a>
</main>
</body>
</html>
`;
}
