"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";

export type AlertSettings = { sound: boolean; vibrate: boolean };
const KEY = "summit-alert-settings";

const OFF = JSON.stringify({ sound: false, vibrate: false });
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const read = () => localStorage.getItem(KEY) ?? OFF;

function parse(text: string): AlertSettings {
  try {
    const saved = JSON.parse(text) as Partial<AlertSettings>;
    return { sound: saved.sound === true, vibrate: saved.vibrate === true };
  } catch {
    return { sound: false, vibrate: false }; // a damaged setting is the same as none
  }
}

/** Sound and vibration are off until the student turns them on; the choice stays on this device. */
export function useAlertSettings(): [AlertSettings, (next: AlertSettings) => void] {
  const text = useSyncExternalStore(subscribe, read, () => OFF);
  return [
    parse(text),
    (next) => {
      localStorage.setItem(KEY, JSON.stringify(next));
      for (const listener of listeners) listener();
    },
  ];
}

function beep() {
  const AudioContextClass =
    window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!AudioContextClass) return;
  const audio = new AudioContextClass();
  const tone = audio.createOscillator();
  const volume = audio.createGain();
  tone.frequency.value = 880;
  volume.gain.value = 0.08;
  tone.connect(volume).connect(audio.destination);
  tone.start();
  tone.stop(audio.currentTime + 0.15);
  tone.onended = () => void audio.close();
}

/**
 * Tells a student who is looking elsewhere that something needs them: the tab's title says what
 * (a deal to answer, a new phase), and, if they chose so, a short sound and a vibration — never a
 * vibration when the device asks for reduced motion. The choice is read when an alert comes, not
 * while the table loads: storage is then touched only by a student who opens the settings.
 */
export function useAttention({
  title,
  needsAnswer,
  phaseLabel,
}: {
  title: string;
  needsAnswer: string | null;
  phaseLabel: string;
}) {
  const [newPhase, setNewPhase] = useState<string | null>(null);
  const lastPhase = useRef(phaseLabel);
  const lastAnswer = useRef(needsAnswer);

  useEffect(() => {
    const nudge = () => {
      const settings = parse(read());
      if (settings.sound) beep();
      if (settings.vibrate && !window.matchMedia("(prefers-reduced-motion: reduce)").matches) navigator.vibrate?.(200);
    };
    if (phaseLabel !== lastPhase.current) {
      lastPhase.current = phaseLabel;
      setNewPhase(phaseLabel);
      nudge();
    }
    if (needsAnswer && needsAnswer !== lastAnswer.current) nudge();
    lastAnswer.current = needsAnswer;
  }, [phaseLabel, needsAnswer]);

  // Seen once the student looks at the page for a moment.
  useEffect(() => {
    if (!newPhase) return;
    const clear = () => document.visibilityState === "visible" && setTimeout(() => setNewPhase(null), 5000);
    clear();
    document.addEventListener("visibilitychange", clear);
    return () => document.removeEventListener("visibilitychange", clear);
  }, [newPhase]);

  useEffect(() => {
    const prefix = needsAnswer ? `(!) ${needsAnswer}` : newPhase ? `${newPhase} now` : null;
    document.title = prefix ? `${prefix} · ${title}` : title;
  }, [title, needsAnswer, newPhase]);
}
