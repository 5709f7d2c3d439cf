"use client";

import { useState } from "react";

/** A <details> whose content is only built once opened: long, folded parts cost nothing until asked for. */
export function LazyDetails({
  summary,
  children,
  className = "",
  summaryClassName = "",
}: {
  summary: React.ReactNode;
  children: () => React.ReactNode;
  className?: string;
  summaryClassName?: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details className={className} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className={`cursor-pointer ${summaryClassName}`}>{summary}</summary>
      {open ? children() : null}
    </details>
  );
}
