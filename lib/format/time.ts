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

/** "14:05" in the zone given, or the browser's own when none is. */
export const formatTime = (at: string | Date, timeZone?: string) => formatter("time", timeZone).format(new Date(at));

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
