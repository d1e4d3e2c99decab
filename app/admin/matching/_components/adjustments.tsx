"use client";

import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { formResolver } from "@/components/forms/form-resolver";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { pairFormSchema } from "../_lib/client-schemas";
import { SolveForm, type EmailPair } from "./solve-form";
import { setUnappliedAdjustments } from "./unapplied-adjustments";

type Kind = "pin" | "forbid";

const same = (a: EmailPair, b: EmailPair) => a[0] === b[0] && a[1] === b[1];

interface PairFormProps {
  kind: Kind;
  onAdd: (pair: EmailPair) => string | null;
}

/** "Pin a pair" / "Forbid a pair": two emails, checked in the browser, added to the list below. */
function PairForm({ kind, onAdd }: PairFormProps) {
  const form = useForm<{ mentee: string; mentor: string }>({ resolver: formResolver(pairFormSchema), defaultValues: { mentee: "", mentor: "" } });
  const { errors } = form.formState;
  const submit = form.handleSubmit(({ mentee, mentor }) => {
    const problem = onAdd([mentee, mentor]);
    if (problem) form.setError("root", { message: problem });
    else form.reset();
  });
  const title = kind === "pin" ? "Pin a pair" : "Forbid a pair";
  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="space-y-3" aria-label={title}>
      <h3 className="font-semibold text-bruin-darker">{title}</h3>
      <p className="text-sm text-gray-700">
        {kind === "pin" ? "The mentee gets this mentor, who keeps a seat for them." : "The solver will not put this mentee with this mentor."}
      </p>
      {errors.root?.message && (
        <Alert tone="error">
          <p>{errors.root.message}</p>
        </Alert>
      )}
      <Field label="Mentee email" error={errors.mentee?.message}>
        {(control) => <Input {...control} type="email" autoComplete="off" {...form.register("mentee")} />}
      </Field>
      <Field label="Mentor email" error={errors.mentor?.message}>
        {(control) => <Input {...control} type="email" autoComplete="off" {...form.register("mentor")} />}
      </Field>
      <Button type="submit" variant="secondary">
        {kind === "pin" ? "Add pin" : "Add forbid"}
      </Button>
    </form>
  );
}

function PairList({ kind, pairs, onRemove }: { kind: Kind; pairs: EmailPair[]; onRemove: (pair: EmailPair) => void }) {
  const noun = kind === "pin" ? "Pinned" : "Forbidden";
  return (
    <div className="space-y-2">
      <h3 className="font-semibold text-bruin-darker">{noun} pairs</h3>
      {pairs.length === 0 ? (
        <p className="text-sm text-gray-700">None.</p>
      ) : (
        <ul className="space-y-2" aria-label={`${noun} pairs`}>
          {pairs.map((pair) => (
            <li key={pair.join(" ")} className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-gray-200 px-3 py-2 text-sm">
              <span className="min-w-0 break-all">
                {pair[0]} <span aria-hidden>{kind === "pin" ? "→" : "✕"}</span>
                <span className="sr-only">{kind === "pin" ? "pinned to" : "never with"}</span> {pair[1]}
              </span>
              <Button type="button" variant="ghost" className="px-2 py-1" onClick={() => onRemove(pair)} aria-label={`Remove ${kind} ${pair[0]} and ${pair[1]}`}>
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * The coordinator's adjustments to a draft: pins and forbids gathered here (starting from the ones
 * this draft was solved with) and sent together by "Re-solve", which makes a new draft.
 */
export function Adjustments({ pin: initialPin, forbid: initialForbid }: { pin: EmailPair[]; forbid: EmailPair[] }) {
  const [pin, setPin] = useState(initialPin);
  const [forbid, setForbid] = useState(initialForbid);
  const [status, setStatus] = useState("");
  const changed = JSON.stringify([pin, forbid]) !== JSON.stringify([initialPin, initialForbid]);
  useEffect(() => {
    setUnappliedAdjustments(changed);
    return () => setUnappliedAdjustments(false);
  }, [changed]);

  const addPin = (pair: EmailPair) => {
    if (pin.some((p) => same(p, pair))) return "This pair is already pinned.";
    const other = pin.find((p) => p[0] === pair[0]);
    if (other) return `${pair[0]} is already pinned to ${other[1]}. Remove that pin first.`;
    if (forbid.some((p) => same(p, pair))) return "This pair is forbidden. Remove the forbid first.";
    setPin([...pin, pair]);
    setStatus(`Pinned ${pair[0]} to ${pair[1]}. Re-solve to apply.`);
    return null;
  };
  const addForbid = (pair: EmailPair) => {
    if (forbid.some((p) => same(p, pair))) return "This pair is already forbidden.";
    if (pin.some((p) => same(p, pair))) return "This pair is pinned. Remove the pin first.";
    setForbid([...forbid, pair]);
    setStatus(`Forbade ${pair[0]} with ${pair[1]}. Re-solve to apply.`);
    return null;
  };
  const remove = (kind: Kind) => (pair: EmailPair) => {
    if (kind === "pin") setPin(pin.filter((p) => !same(p, pair)));
    else setForbid(forbid.filter((p) => !same(p, pair)));
    setStatus(`Removed the ${kind} of ${pair[0]} and ${pair[1]}. Re-solve to apply.`);
  };

  return (
    <div className="space-y-6">
      <div className="grid gap-6 md:grid-cols-2">
        <PairForm kind="pin" onAdd={addPin} />
        <PairForm kind="forbid" onAdd={addForbid} />
      </div>
      <div className="grid gap-6 md:grid-cols-2">
        <PairList kind="pin" pairs={pin} onRemove={remove("pin")} />
        <PairList kind="forbid" pairs={forbid} onRemove={remove("forbid")} />
      </div>
      <p role="status" className="text-sm font-medium text-bruin-darker">
        {status}
      </p>
      <SolveForm pin={pin} forbid={forbid} label={changed ? "Re-solve with these changes" : "Re-solve"} pendingLabel="Solving…" />
    </div>
  );
}
