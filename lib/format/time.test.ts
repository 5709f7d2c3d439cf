import { describe, expect, it } from "vitest";
import { formatDateTime, formatTime, safeTimeZone, zoneLabel } from "./time";

describe("time format", () => {
  const at = "2026-11-28T13:05:09.000Z";
  it("writes 24-hour times in the zone asked for", () => {
    expect(formatTime(at, "UTC")).toBe("13:05");
    expect(formatTime(at, "Europe/Paris")).toBe("14:05");
    expect(formatTime(at, "Asia/Seoul")).toBe("22:05");
    expect(formatDateTime(at, "America/New_York")).toBe("28 Nov 2026, 08:05");
  });
  it("writes the runtime's own clock without a zone, as Intl would in that zone", () => {
    const before = process.env.TZ;
    try {
      // Zones with half-hour offsets and summer time, as a browser's own zone might be.
      for (const zone of ["Asia/Kolkata", "America/St_Johns", "Europe/Paris"]) {
        process.env.TZ = zone;
        for (const instant of [at, "2026-03-29T00:59:00.000Z", "2026-07-04T23:00:00.000Z", "2026-12-31T23:59:59.999Z"])
          expect(formatTime(instant)).toBe(formatTime(instant, zone));
      }
      process.env.TZ = "Asia/Kolkata";
      expect(formatTime(at)).toBe("18:35");
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
  it("names the zone with its offset", () => {
    expect(zoneLabel("Europe/Paris", new Date(at))).toBe("Europe/Paris (GMT+01:00)");
    expect(zoneLabel("UTC", new Date(at))).toBe("UTC (GMT+00:00)");
  });
  it("falls back to UTC for a zone it does not know", () => {
    expect(safeTimeZone("Mars/Olympus")).toBe("UTC");
    expect(safeTimeZone(undefined)).toBe("UTC");
    expect(safeTimeZone("Asia/Seoul")).toBe("Asia/Seoul");
  });
});
