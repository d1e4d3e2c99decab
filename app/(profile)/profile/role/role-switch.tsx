"use client";

import { useActionState, useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Dialog, DialogFormActions } from "@/components/ui/dialog";
import { switchRole } from "./actions";

interface RoleSwitchProps {
  newRole: "MENTEE" | "MENTOR";
  /** What the switch removes for good, in the user's own terms ("your mentor, jane@ucla.edu"). */
  losses: string[];
}

/** "Switch to …", then a confirmation dialog whose Confirm posts the switch. */
export function RoleSwitch({ newRole, losses }: RoleSwitchProps) {
  const [open, setOpen] = useState(false);
  const [state, formAction, pending] = useActionState(switchRole, { status: "idle" });
  const label = newRole === "MENTOR" ? "mentor" : "mentee";

  return (
    <>
      <Button type="button" size="lg" onClick={() => setOpen(true)}>
        Switch to {label}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        busy={pending}
        title={`Switch to ${label}?`}
        description={
          <>
            <p className="font-semibold text-red-800">This cannot be undone.</p>
            <p>Switching to {label} removes for good:</p>
            <ul className="list-disc space-y-1 pl-5">
              {losses.map((loss) => (
                <li key={loss}>{loss}</li>
              ))}
            </ul>
          </>
        }
      >
        <form action={formAction} className="space-y-4">
          <FormMessage state={state} />
          <input type="hidden" name="new_role" value={newRole} />
          <DialogFormActions onCancel={() => setOpen(false)} pending={pending} variant="danger" confirmLabel={`Confirm: switch to ${label}`} pendingLabel="Switching…" />
        </form>
      </Dialog>
    </>
  );
}
