import Link from "next/link";

/** The frame of every page: a plain header and a readable column, phone first. */
export function Page({
  children,
  wide = false,
  nav,
}: {
  children: React.ReactNode;
  wide?: boolean;
  nav?: React.ReactNode;
}) {
  return (
    <>
      <header className="border-b border-slate-200 bg-white">
        <div
          className={`mx-auto flex items-center justify-between gap-4 px-4 py-3 ${wide ? "max-w-6xl" : "max-w-2xl"}`}
        >
          {/* No prefetch: a phone opening /join should spend its first seconds on this page, not the next. */}
          <Link href="/" prefetch={false} className="text-lg font-bold tracking-tight">
            Summit
          </Link>
          {nav}
        </div>
      </header>
      <main className={`mx-auto px-4 py-6 ${wide ? "max-w-6xl" : "max-w-2xl"}`}>{children}</main>
    </>
  );
}

/** A link in the page header's `nav`, such as "Back to your table". */
export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link href={href} className="text-sm font-medium text-blue-700 underline">
      {children}
    </Link>
  );
}
