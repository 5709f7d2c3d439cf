"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { TIME_ZONE_COOKIE } from "@/lib/format/time";

/**
 * Tells the server the browser's time zone, so the pages it draws and the exports use the viewer's
 * clock. Only pages that show server-drawn times (and the student's debrief, which links to one)
 * render it: reading the zone is the browser's first Intl call, about 150 ms of a phone's main
 * thread, which /join and the student's table need not pay. A page drawn before the cookie was
 * right is drawn again, unless it shows no server-drawn time (`redraw={false}`).
 */
export function TimeZoneCookie({ redraw = true }: { redraw?: boolean }) {
  const router = useRouter();
  useEffect(() => {
    const zone = encodeURIComponent(Intl.DateTimeFormat().resolvedOptions().timeZone ?? "");
    if (!zone || document.cookie.includes(`${TIME_ZONE_COOKIE}=${zone}`)) return;
    document.cookie = `${TIME_ZONE_COOKIE}=${zone}; path=/; max-age=31536000; samesite=lax`;
    if (redraw) router.refresh();
  }, [router, redraw]);
  return null;
}
