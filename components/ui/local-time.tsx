"use client";

import { useLayoutEffect, useRef } from "react";
import { formatTime } from "@/lib/format/time";

/**
 * "14:05" on the viewer's own clock. The server draws the student's table without knowing the
 * viewer's zone, so the browser writes the time into the element as it mounts: re-rendering every
 * message after hydration just for this would cost a phone more.
 */
export function LocalTime({ at }: { at: string }) {
  const element = useRef<HTMLTimeElement>(null);
  useLayoutEffect(() => {
    if (element.current) element.current.textContent = formatTime(at);
  }, [at]);
  return <time ref={element} dateTime={at} />;
}
