import { TimeZoneCookie } from "@/components/ui/time-zone-cookie";
import { requireTeacher } from "@/lib/auth/teacher";

// Every teacher page needs a signed-in teacher; each page also checks ownership of what it shows.
export default async function TeacherLayout({ children }: { children: React.ReactNode }) {
  await requireTeacher();
  return (
    <>
      <TimeZoneCookie />
      {children}
    </>
  );
}
