import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { findOwnedSession } from "@/lib/repositories/sessions";
import { authOptions } from "./options";

/** The signed-in teacher, or a redirect to the sign-in page. */
export async function requireTeacher(): Promise<{ id: string; name: string; email: string }> {
  const session = await getServerSession(authOptions);
  const user = session?.user;
  if (!user?.id) redirect("/signin");
  return { id: user.id, name: user.name ?? "Teacher", email: user.email ?? "" };
}

/** A session of the signed-in teacher's, or a 404: another teacher's session looks absent. */
export async function requireOwnedSession(id: string) {
  const teacher = await requireTeacher();
  const session = /^[0-9a-f-]{36}$/.test(id) ? await findOwnedSession(getDb(), teacher.id, id) : null;
  if (!session) notFound();
  return session;
}
