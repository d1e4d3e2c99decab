/** Input of the cohort matching runs (POST /api/admin/matching/runs and the console's forms). */
import { z } from "zod";
import { text } from "@/lib/text-schema";

/** Pins and forbids a run may carry each; the JSON body limit (64 KB) allows about this many pairs. */
export const MAX_PAIR_LIST = 1000;

const email = text("Give an email address").trim().toLowerCase().min(1, "Give an email address").max(254, "At most 254 characters");

/** `[menteeEmail, mentorEmail]`. */
const pairSchema = z.tuple([email, email], { error: "Each entry is [menteeEmail, mentorEmail]" });

const pairList = z.array(pairSchema, { error: "Give a list of [menteeEmail, mentorEmail] pairs" }).max(MAX_PAIR_LIST, `At most ${MAX_PAIR_LIST} pairs`);

export const createRunSchema = z.object({
  pin: pairList.default([]),
  forbid: pairList.default([]),
});

export type CreateRunInput = z.output<typeof createRunSchema>;
