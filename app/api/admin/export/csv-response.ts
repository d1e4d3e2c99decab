/** A CSV download: an attachment named with today's date, never cached (it holds personal data). */
export function csvResponse(csv: string, name: string): Response {
  const filename = `${name}-${new Date().toISOString().slice(0, 10)}.csv`;
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
