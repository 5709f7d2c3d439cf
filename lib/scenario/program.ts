// What the loader compiles a scenario's rules into: the engine evaluates this, never the text.
import type { Expr } from "./expression";
import type { Template } from "./template";

export type Case = { when: Expr | null; text: Template };

export type Phrase =
  | { kind: "options"; term: string; options: Readonly<Record<string, Template>> }
  | { kind: "cases"; cases: readonly Case[] }
  | { kind: "list"; items: readonly Case[]; conjunction: string; empty: string };

export type Program = {
  measures: readonly { name: string; expr: Expr }[];
  phrases: Readonly<Record<string, Phrase>>;
  /** In the order of the scenario's criteria. */
  criteria: readonly { score: Expr; explanations: readonly Case[] }[];
  /** term → String(option value) → what the engine needs of that option. */
  options: Readonly<Record<string, Readonly<Record<string, { strength: number; label: string }>>>>;
};
