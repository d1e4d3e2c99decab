/**
 * CSV for the exports: RFC 4180 quoting by csv-stringify, and formula-injection safety on top — a
 * cell that a spreadsheet would read as a formula (starting with = + - @, or a tab or carriage
 * return that some spreadsheets skip before looking) gets a leading apostrophe, OWASP's advice.
 * Students choose their own names and hobbies, so an export must never run what they typed.
 */
import { stringify } from "csv-stringify/sync";

const FORMULA_START = /^[=+\-@\t\r]/;

export type Cell = string | number | boolean | Date | null;

export function safeCell(value: Cell): string {
  if (value === null) return "";
  if (value instanceof Date) return value.toISOString();
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return stringify([header, ...rows.map((row) => row.map(safeCell))], { record_delimiter: "\r\n", quoted_match: /^\s|\s$/ });
}
