import { headers } from "next/headers";

/** The join link on the address the teacher reached us on, so it works for phones on the same network. */
export async function joinUrlFor(code: string | null): Promise<string> {
  const list = await headers();
  const host = list.get("x-forwarded-host") ?? list.get("host") ?? "localhost:3000";
  const proto = list.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}/join/${code ?? ""}`;
}
