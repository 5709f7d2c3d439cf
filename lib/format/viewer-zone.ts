import { cookies } from "next/headers";
import { safeTimeZone, TIME_ZONE_COOKIE } from "./time";

/** The viewer's time zone as their browser reported it, for pages drawn on the server; UTC before it has. */
export async function viewerTimeZone(): Promise<string> {
  return safeTimeZone((await cookies()).get(TIME_ZONE_COOKIE)?.value);
}
