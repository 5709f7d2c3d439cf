"use client";

import { useAlertSettings } from "./use-attention";

/** Off by default: a sound and a vibration when a deal needs an answer or the phase changes. */
export function AlertSettingsPanel() {
  const [settings, onChange] = useAlertSettings();
  return (
    <fieldset className="space-y-1 rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <legend className="px-1 font-semibold">Alerts on this device</legend>
      <p className="text-slate-700">
        When a deal needs your answer or the phase changes, the tab&apos;s title says so. You can also have:
      </p>
      <label className="flex min-h-11 items-center gap-2">
        <input
          type="checkbox"
          className="h-5 w-5"
          checked={settings.sound}
          onChange={(e) => onChange({ ...settings, sound: e.target.checked })}
        />
        A short sound
      </label>
      <label className="flex min-h-11 items-center gap-2">
        <input
          type="checkbox"
          className="h-5 w-5"
          checked={settings.vibrate}
          onChange={(e) => onChange({ ...settings, vibrate: e.target.checked })}
        />
        A vibration (never when your device asks for reduced motion)
      </label>
    </fieldset>
  );
}
