"use client";

import { useState } from "react";
import { suggestTableCount } from "@/lib/domain/placement";

/** In the lobby: how many tables, with the split Summit suggests for the roster so far. */
export function TablesSetup({
  current,
  students,
  disabled,
  onApply,
}: {
  current: number;
  students: number;
  disabled: boolean;
  onApply: (count: number) => void;
}) {
  const [count, setCount] = useState(current);
  const suggested = suggestTableCount(students);
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        onApply(count);
      }}
    >
      <div>
        <label htmlFor="table-count" className="block text-sm font-medium">
          Tables
        </label>
        <input
          id="table-count"
          type="number"
          min={1}
          max={20}
          value={count}
          onChange={(e) => setCount(Number(e.target.value))}
          className="w-20 rounded-md border border-slate-300 px-2 py-2"
        />
      </div>
      <button
        type="submit"
        disabled={disabled}
        className="min-h-11 rounded-md border border-slate-300 px-3 font-semibold"
      >
        Set tables and re-balance
      </button>
      {students > 0 ? (
        <button
          type="button"
          disabled={disabled}
          onClick={() => {
            setCount(suggested);
            onApply(suggested);
          }}
          className="min-h-11 rounded-md border border-slate-300 px-3 text-sm"
        >
          Use the suggestion: {suggested} {suggested === 1 ? "table" : "tables"} for {students} students
        </button>
      ) : null}
    </form>
  );
}
