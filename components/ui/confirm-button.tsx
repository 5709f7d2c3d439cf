"use client";

import { useId, useRef } from "react";

type Props = {
  /** The button's text, and the action's name in the dialog. */
  label: string;
  /** What will happen, in a sentence: the dialog's question. */
  question: string;
  /** What follows from it, if anything more needs saying. */
  detail?: string;
  confirmLabel: string;
  onConfirm: () => void;
  disabled?: boolean;
  className?: string;
  /** Extra words for screen readers on the trigger, like "for table 2". */
  srSuffix?: string;
};

/**
 * A button for something that cannot be taken back with one tap: it opens a dialog that says what
 * will happen, and only the dialog's own button does it. Escape or Cancel leaves everything as it was.
 */
export function ConfirmButton({
  label,
  question,
  detail,
  confirmLabel,
  onConfirm,
  disabled,
  className = "",
  srSuffix,
}: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  return (
    <>
      <button type="button" disabled={disabled} onClick={() => dialog.current?.showModal()} className={className}>
        {label}
        {srSuffix ? <span className="sr-only"> {srSuffix}</span> : null}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-q`}
        aria-describedby={detail ? `${id}-d` : undefined}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-slate-300 p-5 shadow-xl backdrop:bg-slate-900/40"
      >
        <p id={`${id}-q`} className="text-lg font-semibold">
          {question}
        </p>
        {detail ? (
          <p id={`${id}-d`} className="mt-2 text-slate-700">
            {detail}
          </p>
        ) : null}
        <form method="dialog" className="mt-5 flex flex-wrap justify-end gap-2">
          <button
            value="cancel"
            className="min-h-11 rounded-md border border-slate-300 bg-white px-4 font-semibold"
            autoFocus
          >
            Cancel
          </button>
          <button
            value="confirm"
            className="min-h-11 rounded-md bg-red-700 px-4 font-semibold text-white"
            onClick={() => {
              dialog.current?.close();
              onConfirm();
            }}
            type="button"
          >
            {confirmLabel}
          </button>
        </form>
      </dialog>
    </>
  );
}
