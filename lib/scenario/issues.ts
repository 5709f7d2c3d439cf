// Problems found in a scenario file, each prefixed with the path of the field it is about.

export type Path = readonly (string | number)[];

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function formatPath(path: Path): string {
  return path
    .map((segment, index) => {
      if (typeof segment === "number") return `[${segment}]`;
      if (!NAME.test(segment)) return `[${JSON.stringify(segment)}]`;
      return index === 0 ? segment : `.${segment}`;
    })
    .join("");
}

export class Issues {
  readonly list: string[] = [];

  add(path: Path, message: string): void {
    const line = `${formatPath(path) || "(top level)"}: ${message}`;
    if (!this.list.includes(line)) this.list.push(line);
  }
}

/** Thrown by the loader with every problem it found; a scenario is either whole or refused. */
export class ScenarioError extends Error {
  constructor(
    readonly problems: readonly string[],
    source?: string,
  ) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super(`invalid scenario${source ? ` "${source}"` : ""} (${count}):\n${problems.map((p) => `  ${p}`).join("\n")}`);
    this.name = "ScenarioError";
  }
}
