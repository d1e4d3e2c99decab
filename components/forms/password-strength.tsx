"use client";

import { useEffect, useMemo, useState, type ComponentProps } from "react";
import type { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { cn } from "@/lib/cn";
import { TextField } from "@/components/ui/field";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/users/limits";
import { judgePassword, loadPasswordEstimator, type PasswordVerdict } from "@/lib/users/password-strength";

const LABELS: Record<PasswordVerdict["score"], string> = { 0: "Too easy to guess", 1: "Too easy to guess", 2: "Still too easy to guess", 3: "Good", 4: "Strong" };

/**
 * The estimator's verdict on what is being typed, or null before the first character and while
 * the estimator loads. The estimator (~400 kB gzip of dictionaries) is fetched by dynamic import()
 * at the first character typed, so it never weighs on the page's first load.
 */
export function usePasswordVerdict(password: string, userInputs: string[]): PasswordVerdict | null {
  const [estimator, setEstimator] = useState<ZxcvbnFactory | null>(null);
  const started = password.length > 0;
  useEffect(() => {
    if (!started || estimator) return;
    let live = true;
    loadPasswordEstimator().then(
      (loaded) => live && setEstimator(() => loaded),
      () => undefined, // offline or a failed chunk: no live hint; the server still checks
    );
    return () => {
      live = false;
    };
  }, [started, estimator]);
  return useMemo(() => (estimator && password.length >= PASSWORD_MIN ? judgePassword(estimator, password, userInputs) : null), [estimator, password, userInputs]);
}

/**
 * The live strength hint under a new-password field: a four-step meter, a word for it and the
 * estimator's advice. Rendered inside the field's hint, so it is part of the input's accessible
 * description; the words are announced politely as they change.
 */
export function PasswordStrength({ password, userInputs }: { password: string; userInputs: string[] }) {
  const verdict = usePasswordVerdict(password, userInputs);
  const tooShort = password.length > 0 && password.length < PASSWORD_MIN;
  const advice = verdict && !verdict.acceptable ? [verdict.warning, ...verdict.suggestions].filter(Boolean).join(" ") : "";
  return (
    <span className="mt-2 block" data-testid="password-strength">
      {verdict && (
        <span aria-hidden className="mb-1.5 flex gap-1">
          {[1, 2, 3, 4].map((step) => (
            <span
              key={step}
              className={cn(
                "h-1.5 flex-1 rounded-full bg-gray-200",
                step <= Math.max(verdict.score, 1) && (verdict.acceptable ? "bg-green-700" : verdict.score >= 2 ? "bg-amber-600" : "bg-red-700"),
              )}
            />
          ))}
        </span>
      )}
      <span aria-live="polite" className="block">
        {tooShort && <span className="text-gray-700">Keep going: at least {PASSWORD_MIN} characters.</span>}
        {verdict && (
          <>
            <span className={cn("font-semibold", verdict.acceptable ? "text-green-800" : "text-red-800")}>Strength: {LABELS[verdict.score]}.</span>
            {advice && <span className="text-gray-700"> {advice}</span>}
          </>
        )}
      </span>
    </span>
  );
}

/**
 * A field for choosing a password (sign-up, reset, change): the length rule and, as the student
 * types, the estimator's verdict and advice under it. `password` is the value being typed
 * (react-hook-form's `watch`); the rest goes to the input (`register(...)`, `error`).
 */
export function NewPasswordField({ password, userInputs, label = "New password", ...field }: { password: string | undefined; userInputs: string[]; label?: string } & Omit<ComponentProps<typeof TextField>, "type" | "autoComplete" | "hint" | "label">) {
  return (
    <TextField
      label={label}
      type="password"
      autoComplete="new-password"
      hint={
        <>
          {PASSWORD_MIN}–{PASSWORD_MAX} characters. A few unrelated words make a strong one.
          <PasswordStrength password={password ?? ""} userInputs={userInputs} />
        </>
      }
      {...field}
    />
  );
}
