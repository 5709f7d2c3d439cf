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
