"use client";

import { useEffect, useId, useRef, type ComponentProps, type MouseEvent, type ReactNode, type SyntheticEvent } from "react";
import { Button } from "./button";

interface DialogProps {
  open: boolean;
  /** Called whenever the dialog closes: Escape, a click on the backdrop, or `open` turning false. */
  onClose: () => void;
  title: ReactNode;
  /** What the dialog asks or warns about; read out with the title when the dialog opens. */
  description?: ReactNode;
  /** While true (e.g. a request is pending), Escape and the backdrop do not close the dialog. */
  busy?: boolean;
  /** The dialog's actions and any further content. */
  children?: ReactNode;
}

/**
 * A modal dialog on the native <dialog> element: `showModal()` makes the rest of the page inert,
 * keeps focus inside and moves it to the first control (put Cancel first in a destructive
 * dialog); Escape closes it and the browser returns focus to the element that opened it.
 */
export function Dialog({ open, onClose, title, description, busy = false, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    else if (!open && dialog.open) dialog.close();
  }, [open]);

  const onCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    if (busy) event.preventDefault();
  };
  // The backdrop belongs to the <dialog> itself; the content fills it, so a click whose target is
  // the dialog is a click outside the content.
  const onBackdropClick = (event: MouseEvent<HTMLDialogElement>) => {
    if (event.target === event.currentTarget && !busy) event.currentTarget.close();
  };

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onClose={onClose}
      onCancel={onCancel}
      onClick={onBackdropClick}
      className="fixed inset-0 m-auto h-fit max-h-[calc(100dvh-2rem)] w-[calc(100%-2rem)] max-w-md overflow-y-auto rounded-2xl bg-white p-0 text-gray-900 shadow-xl backdrop:bg-gray-950/50"
    >
      <div className="space-y-4 p-6">
        <h2 id={titleId} className="text-xl font-bold text-bruin-darker">
          {title}
        </h2>
        {description && (
          <div id={descriptionId} className="space-y-2 leading-relaxed text-gray-700">
            {description}
          </div>
        )}
        {children}
      </div>
    </dialog>
  );
}

/** The row of buttons at the bottom of a dialog: stacked on phones (in focus order), right-aligned from `sm` up. */
export function DialogActions({ children }: { children: ReactNode }) {
  return <div className="flex flex-col gap-3 pt-2 sm:flex-row sm:justify-end">{children}</div>;
}

/**
 * The actions of a dialog that submits its form: Cancel first (where focus lands, for destructive
 * ones), then the submit button, which says `pendingLabel` and is busy while the form is pending.
 */
export function DialogFormActions({
  onCancel,
  pending,
  variant = "primary",
  confirmLabel,
  pendingLabel,
}: {
  onCancel: () => void;
  pending: boolean;
  variant?: ComponentProps<typeof Button>["variant"];
  confirmLabel: ReactNode;
  pendingLabel: ReactNode;
}) {
  return (
    <DialogActions>
      <Button type="button" variant="secondary" onClick={onCancel} disabled={pending}>
        Cancel
      </Button>
      <Button type="submit" variant={variant} pending={pending}>
        {pending ? pendingLabel : confirmLabel}
      </Button>
    </DialogActions>
  );
}
