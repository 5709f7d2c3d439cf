"use client";

import { useEffect } from "react";
import { TIME_ZONE_COOKIE } from "@/lib/format/time";

/** Tells the server the browser's time zone, so pages it draws and exports use the viewer's clock. */
export function TimeZoneCookie() {
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && !document.cookie.includes(`${TIME_ZONE_COOKIE}=${encodeURIComponent(zone)}`)) {
      document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
    }
  }, []);
  return null;
}
