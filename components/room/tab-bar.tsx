"use client";

export type Tab = "talk" | "deal" | "brief" | "positions";

const LABELS: Record<Tab, string> = { talk: "Talk", deal: "Deal", brief: "Brief", positions: "Positions" };

type Props = {
  tab: Tab;
  onChange: (tab: Tab) => void;
  badges: Record<Tab, string | null>;
  /** Bottom: the phone's bar, in thumb's reach. Top: on a wide screen, above the left column (talk sits beside it). */
  placement: "top" | "bottom";
};

/** The table's panels as tabs, each with a badge for what is new there; arrow keys move between them. */
export function TabBar({ tab, onChange, badges, placement }: Props) {
  const tabs: Tab[] = placement === "top" ? ["deal", "positions", "brief"] : ["talk", "deal", "positions", "brief"];
  const move = (from: Tab, step: number) => {
    const next = tabs[(tabs.indexOf(from) + step + tabs.length) % tabs.length] ?? from;
    onChange(next);
    document.getElementById(`tab-${next}-${placement}`)?.focus();
  };
  return (
    <div
      role="tablist"
      aria-label="Your table"
      className={
        placement === "bottom"
          ? "grid grid-cols-4 border-t border-slate-200 bg-white pb-[env(safe-area-inset-bottom)] lg:hidden"
          : "hidden gap-1 border-b border-slate-200 lg:flex"
      }
    >
      {tabs.map((name) => {
        const badge = badges[name];
        const selected = name === tab;
        return (
          <button
            key={name}
            id={`tab-${name}-${placement}`}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls={`panel-${name}`}
            tabIndex={selected ? 0 : -1}
            onClick={() => onChange(name)}
            onKeyDown={(e) => {
              if (e.key === "ArrowRight") move(name, 1);
              if (e.key === "ArrowLeft") move(name, -1);
            }}
            className={
              placement === "bottom"
                ? `relative flex min-h-14 flex-col items-center justify-center text-sm font-semibold ${selected ? "text-blue-800" : "text-slate-600"}`
                : `relative min-h-11 rounded-t-md px-4 font-semibold ${selected ? "border-b-2 border-blue-700 text-blue-800" : "text-slate-600"}`
            }
          >
            {placement === "bottom" ? (
              <span
                aria-hidden="true"
                className={`mb-1 h-1 w-8 rounded-full ${selected ? "bg-blue-700" : "bg-transparent"}`}
              />
            ) : null}
            <span>
              {LABELS[name]}
              {badge ? (
                <span className="sr-only">
                  , {badge === "!" ? "needs your answer" : badge === "new" ? "something new" : `${badge} unread`}
                </span>
              ) : null}
            </span>
            {badge ? (
              <span
                aria-hidden="true"
                className="absolute top-1 right-[calc(50%-2.6rem)] min-w-5 rounded-full bg-red-600 px-1 text-center text-xs font-bold text-white"
              >
                {badge === "new" ? "•" : badge}
              </span>
            ) : null}
          </button>
        );
      })}
    </div>
  );
}
