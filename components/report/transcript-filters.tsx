import { roleIds, roleNames, type Role } from "@/lib/domain/names";
import type { Filter } from "@/lib/report/filter";
import { KIND_LABELS } from "@/lib/report/describe";
import { channelLabel } from "@/lib/domain/channels";

type Props = {
  filter: Filter;
  tables: { id: string; number: number }[];
  channels: string[];
  students: { id: string; name: string }[];
  roles: readonly Role[];
};
const select = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1";

/** A plain GET form: the filters live in the URL, so a filtered view can be bookmarked or shared. */
export function TranscriptFilters({ filter, tables, channels, students, roles }: Props) {
  const names = roleNames(roles);
  return (
    <form
      method="get"
      className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-4 lg:grid-cols-7"
      aria-label="Filter the transcript"
    >
      <label className="text-sm">
        Table
        <select name="table" defaultValue={filter.table ?? ""} className={select}>
          <option value="">All</option>
          {tables.map((t) => (
            <option key={t.id} value={t.id}>
              Table {t.number}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        Channel
        <select name="channel" defaultValue={filter.channel ?? ""} className={select}>
          <option value="">All</option>
          {channels.map((c) => (
            <option key={c} value={c}>
              {channelLabel(c, names)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        Delegation
        <select name="delegation" defaultValue={filter.delegation ?? ""} className={select}>
          <option value="">All</option>
          {roleIds(roles).map((d) => (
            <option key={d} value={d}>
              {names[d]}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        Student
        <select name="student" defaultValue={filter.student ?? ""} className={select}>
          <option value="">All</option>
          {students.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        Kind
        <select name="kind" defaultValue={filter.kind ?? ""} className={select}>
          <option value="">All</option>
          {Object.entries(KIND_LABELS).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        Search
        <input name="q" defaultValue={filter.q ?? ""} maxLength={200} className={select} />
      </label>
      <div className="flex items-end">
        <button type="submit" className="min-h-9 rounded-md bg-blue-700 px-3 font-semibold text-white">
          Apply
        </button>
      </div>
    </form>
  );
}
