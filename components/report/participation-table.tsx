import { roleIds, roleNames, type Role } from "@/lib/domain/names";
import type { Participation } from "@/lib/report/participation";
import { totalsBy } from "@/lib/report/participation";
import { count } from "@/lib/format/count";
import { AssessmentForm } from "./assessment-form";

type Row = Participation & { grade: string | null; comment: string | null };

/** Per student, then per delegation and table: who spoke, how much, and the teacher's grade. */
export function ParticipationTable({
  rows,
  tables,
  roles,
}: {
  rows: Row[];
  tables: { id: string; number: number }[];
  roles: readonly Role[];
}) {
  const names = roleNames(roles);
  const byDelegation = totalsBy(rows, (r) => `${r.tableId}|${r.delegation}`);
  const byTable = totalsBy(rows, (r) => r.tableId ?? "");
  return (
    <section aria-labelledby="participation-heading" className="space-y-3">
      <h2 id="participation-heading" className="text-xl font-semibold">
        Participation
      </h2>
      {tables.map((table) => {
        const t = byTable.get(table.id);
        return (
          <div key={table.id} className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full min-w-[44rem] text-left text-sm">
              <caption className="px-3 py-2 text-left font-semibold">
                Table {table.number}: {count(t?.messages ?? 0, "message")}, {count(t?.words ?? 0, "word")},{" "}
                {count(t?.proposals ?? 0, "proposal")}, {count(t?.votes ?? 0, "answer")}
              </caption>
              <thead className="bg-slate-100">
                <tr>
                  {[
                    "Student",
                    "Delegation",
                    "Messages",
                    "Words",
                    "Proposals",
                    "Answers",
                    "Share of talk",
                    "Grade and comment",
                  ].map((h) => (
                    <th key={h} scope="col" className="px-3 py-2">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows
                  .filter((r) => r.tableId === table.id)
                  .map((r) => (
                    <tr key={r.id} className="border-t border-slate-100" data-testid={`participation-${r.name}`}>
                      <th scope="row" className="px-3 py-2 font-medium">
                        {r.name}
                        {r.silent ? (
                          <span className="ml-2 rounded bg-amber-100 px-1 text-xs text-amber-900">said nothing</span>
                        ) : null}
                      </th>
                      <td className="px-3 py-2">{r.delegation ? names[r.delegation] : "—"}</td>
                      <td className="px-3 py-2 tabular-nums">{r.messages}</td>
                      <td className="px-3 py-2 tabular-nums">{r.words}</td>
                      <td className="px-3 py-2 tabular-nums">{r.proposals}</td>
                      <td className="px-3 py-2 tabular-nums">{r.votes}</td>
                      <td className="px-3 py-2 tabular-nums">{Math.round(r.share * 100)}%</td>
                      <td className="px-3 py-2">
                        <AssessmentForm participantId={r.id} name={r.name} grade={r.grade} comment={r.comment} />
                      </td>
                    </tr>
                  ))}
                {roleIds(roles).map((d) => {
                  const sum = byDelegation.get(`${table.id}|${d}`);
                  return sum ? (
                    <tr key={d} className="border-t border-slate-200 bg-slate-50 text-slate-700">
                      <th scope="row" className="px-3 py-1 font-normal">
                        All of {names[d]}
                      </th>
                      <td />
                      <td className="px-3 py-1 tabular-nums">{sum.messages}</td>
                      <td className="px-3 py-1 tabular-nums">{sum.words}</td>
                      <td className="px-3 py-1 tabular-nums">{sum.proposals}</td>
                      <td className="px-3 py-1 tabular-nums">{sum.votes}</td>
                      <td className="px-3 py-1 tabular-nums">
                        {t?.words ? `${Math.round((sum.words / t.words) * 100)}%` : "0%"}
                      </td>
                      <td />
                    </tr>
                  ) : null;
                })}
              </tbody>
            </table>
          </div>
        );
      })}
    </section>
  );
}
