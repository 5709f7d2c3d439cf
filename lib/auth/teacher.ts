import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "./options";

/** The signed-in teacher, or a redirect to the sign-in page. */
export async function requireTeacher(): Promise<{ id: string; name: string; email: string }> {
  const session = await getServerSession(authOptions);
  const user = session?.user;
  if (!user?.id) redirect("/signin");
  return { id: user.id, name: user.name ?? "Teacher", email: user.email ?? "" };
}
