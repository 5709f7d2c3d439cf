"use client";

import { useSyncExternalStore } from "react";

const QUERY = "(min-width: 1024px)";
const subscribe = (change: () => void) => {
  const list = window.matchMedia(QUERY);
  list.addEventListener("change", change);
  return () => list.removeEventListener("change", change);
};

/** Whether the screen is wide enough for panels side by side. Phones first: the server renders the narrow layout. */
export function useWide(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(QUERY).matches,
    () => false,
  );
}
