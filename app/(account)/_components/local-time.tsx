/** Moved to components/local-time.tsx (issue 12: times in the reader's zone on every page). */
export { LocalTime } from "@/components/local-time";
