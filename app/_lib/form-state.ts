/**
 * Moved to lib/form-state.ts (issue 12: components/ must not import from app/). Kept only so that
 * work in flight that still imports this path compiles; import "@/lib/form-state" instead.
 */
export * from "@/lib/form-state";
