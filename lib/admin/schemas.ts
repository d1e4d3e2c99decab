/** Input of the admin console, shared by the JSON API and the pages' server actions. */
import { z } from "zod";
import { BACKGROUNDS } from "./program-stats";
import { AUDIT_ACTIONS } from "@/lib/audit/actions";
import { text } from "@/lib/text-schema";

const textParam = (max: number) => text("Expected text").trim().max(max, `At most ${max} characters`);

/** A required reason for a deactivation or an ended match (kept in the audit log). */
export const reasonSchema = z.object({
  reason: text("Give a reason").trim().min(1, "Give a reason").max(500, "At most 500 characters"),
});

export const USER_STATUSES = ["unverified", "matched", "unmatched", "pending_deletion", "deactivated"] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const USER_SORTS = ["dateJoined", "lastLogin", "email", "name", "role", "year"] as const;
export type UserSort = (typeof USER_SORTS)[number];

const page = z.coerce.number({ error: "page must be a whole number" }).int("page must be a whole number").min(1, "page starts at 1").max(100_000).default(1);
const perPage = (fallback: number) =>
  z.coerce.number({ error: "per_page must be a whole number" }).int("per_page must be a whole number").min(1, "per_page is at least 1").max(100, "per_page is at most 100").default(fallback);

/** Empty query parameters (`?role=` from a form) count as absent. */
const blankAsAbsent = (query: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value.trim() !== ""));

export const userListQuerySchema = z.preprocess(
  (query) => blankAsAbsent(query as Record<string, string | undefined>),
  z.object({
    q: textParam(254).optional(),
    role: z.enum(["MENTEE", "MENTOR", "ADMIN"], { error: "role must be MENTEE, MENTOR or ADMIN" }).optional(),
    status: z.enum(USER_STATUSES, { error: `status must be one of ${USER_STATUSES.join(", ")}` }).optional(),
    background: z.enum(BACKGROUNDS, { error: `background must be one of ${BACKGROUNDS.join(", ")}` }).optional(),
    sort: z
      .string()
      .regex(new RegExp(`^-?(${USER_SORTS.join("|")})$`), `sort must be one of ${USER_SORTS.join(", ")}, optionally with a leading -`)
      .default("-dateJoined"),
    page,
    per_page: perPage(25),
  }),
);

export const auditQuerySchema = z.preprocess(
  (query) => blankAsAbsent(query as Record<string, string | undefined>),
  z.object({
    actor: textParam(254).optional(),
    target: textParam(254).optional(),
    action: z.enum(AUDIT_ACTIONS, { error: "Unknown action" }).optional(),
    page,
    per_page: perPage(50),
  }),
);
