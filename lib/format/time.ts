// One time format everywhere: 24-hour clock times in the viewer's time zone. Browsers know their
// zone; server-rendered pages and exports read it from a cookie the browser sets (see TimeZoneCookie).
export const TIME_ZONE_COOKIE = "summit-tz";

/** The zone if this runtime knows it, else UTC: a cookie is only a hint. */
export function safeTimeZone(zone: string | undefined | null): string {
  if (!zone) return "UTC";
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
    return zone;
  } catch {
    return "UTC";
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: "time" | "date" | "offset", timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${kind}|${timeZone ?? ""}`;
  let found = formatters.get(key);
  if (!found) {
    const options: Intl.DateTimeFormatOptions =
      kind === "time"
        ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }
        : kind === "date"
          ? { day: "numeric", month: "short", year: "numeric" }
          : { timeZoneName: "longOffset" };
    found = new Intl.DateTimeFormat("en-GB", { ...options, timeZone });
    formatters.set(key, found);
  }
  return found;
}

const twoDigits = (n: number) => String(n).padStart(2, "0");

/**
 * "14:05" in the zone given, or the runtime's own when none is. The runtime's own clock is read
 * without Intl: a browser's first Intl call loads ICU's data, about 150 ms of a phone's main thread,
 * and the student's table shows chat times before anything else needs Intl.
 */
export function formatTime(at: string | Date, timeZone?: string): string {
  const date = new Date(at);
  if (timeZone) return formatter("time", timeZone).format(date);
  return `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
}

/** "28 Nov 2026". */
export const formatDate = (at: string | Date, timeZone?: string) => formatter("date", timeZone).format(new Date(at));

/** "28 Nov 2026, 14:05". */
export const formatDateTime = (at: string | Date, timeZone?: string) =>
  `${formatDate(at, timeZone)}, ${formatTime(at, timeZone)}`;

/** "Europe/Paris (GMT+01:00)": how an export states the zone its times are in. */
export function zoneLabel(timeZone: string, at: Date = new Date()): string {
  const offset =
    formatter("offset", timeZone)
      .formatToParts(at)
      .find((part) => part.type === "timeZoneName")?.value ?? "";
  return offset && offset !== timeZone ? `${timeZone} (${offset})` : timeZone;
}
