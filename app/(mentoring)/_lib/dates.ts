/**
 * Dates rendered on the server. They are written in UCLA's time zone, so the server and every
 * browser print the same text whatever their own zone.
 */
const dateFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "America/Los_Angeles" });

export const formatDate = (date: Date) => dateFormat.format(date);
