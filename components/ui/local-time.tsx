"use client";

import { useSyncExternalStore } from "react";
import { formatTime } from "@/lib/format/time";

const unchanging = () => () => {};

/**
 * "14:05" on the viewer's own clock. The server draws the student's table without knowing the
 * viewer's zone, so the time is written once the page runs in the browser.
 */
export function LocalTime({ at }: { at: string }) {
  const inBrowser = useSyncExternalStore(
    unchanging,
    () => true,
    () => false,
  );
  return <time dateTime={at}>{inBrowser ? formatTime(at) : null}</time>;
}
