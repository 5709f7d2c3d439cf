// The scenario format's rule language, parsed into a tree once at load and walked at scoring time,
// so a scenario file can define its formulas without anything ever being eval'd.
//   numbers, names (a term's option strength or a measure), term:option (1 when chosen, else 0),
//   + - * / (x / 0 is 0), < <= > >= == != (1 or 0), and / or / not, min(…) max(…) if(c, a, b)

export type Expr =
  | { kind: "number"; value: number }
  | { kind: "name"; name: string }
  | { kind: "option"; term: string; option: string }
  | { kind: "unary"; op: "-" | "not"; arg: Expr }
  | { kind: "binary"; op: BinaryOp; left: Expr; right: Expr }
  | { kind: "call"; fn: Fn; args: Expr[] };

type BinaryOp = "+" | "-" | "*" | "/" | "<" | "<=" | ">" | ">=" | "==" | "!=" | "and" | "or";
type Fn = "min" | "max" | "if";

const FUNCTIONS: readonly Fn[] = ["min", "max", "if"];
export const RESERVED_WORDS: ReadonlySet<string> = new Set([...FUNCTIONS, "and", "or", "not"]);

type Token = { text: string; at: number; kind: "number" | "name" | "symbol" | "end" };

const TOKEN = /\s*(?:(\d+(?:\.\d+)?|\.\d+)|([A-Za-z_][A-Za-z0-9_]*)|(<=|>=|==|!=|[-+*/(),:<>]))/y;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    if (/^\s*$/.test(source.slice(TOKEN.lastIndex))) break;
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(source);
    if (!match) {
      const at = start + (source.slice(start).length - source.slice(start).trimStart().length);
      throw new SyntaxError(`unexpected "${source.charAt(at)}" at column ${at + 1}`);
    }
    const text = match[1] ?? match[2] ?? match[3] ?? "";
    const kind = match[1] !== undefined ? "number" : match[2] !== undefined ? "name" : "symbol";
    tokens.push({ text, kind, at: match.index + match[0].length - text.length });
  }
  tokens.push({ text: "", kind: "end", at: source.length });
  return tokens;
}

/** How deep parentheses, calls and signs may nest in one expression. */
export const MAX_DEPTH = 32;

/** Parses one expression; throws a SyntaxError naming the column of the first problem. */
export function parseExpression(source: string): Expr {
  const tokens = tokenize(source);
  let index = 0;
  const peek = (): Token => tokens[index] ?? { text: "", kind: "end", at: source.length };
  const describe = (token: Token) =>
    token.kind === "end" ? "end of expression" : `"${token.text}" at column ${token.at + 1}`;
  const fail = (token: Token, expected: string): never => {
    throw new SyntaxError(`expected ${expected} but found ${describe(token)}`);
  };
  // Nesting is bounded so a hostile file cannot exhaust the stack while it is parsed or evaluated.
  let depth = 0;
  const nest = <T>(parse: () => T): T => {
    if (++depth > MAX_DEPTH) throw new SyntaxError(`nested more than ${MAX_DEPTH} deep`);
    try {
      return parse();
    } finally {
      depth--;
    }
  };
  const take = (text: string) => (peek().text === text && peek().kind !== "end" ? tokens[index++] : undefined);
  const expect = (text: string) => take(text) ?? fail(peek(), `"${text}"`);

  function binary(ops: readonly string[], next: () => Expr): () => Expr {
    return () => {
      let left = next();
      let op = ops.find((o) => peek().text === o);
      while (op !== undefined) {
        index++;
        left = { kind: "binary", op: op as BinaryOp, left, right: next() };
        op = ops.find((o) => peek().text === o);
      }
      return left;
    };
  }

  function comparison(): Expr {
    const left = sum();
    const op = ["<=", ">=", "==", "!=", "<", ">"].find((o) => peek().text === o);
    if (op === undefined) return left;
    index++;
    return { kind: "binary", op: op as BinaryOp, left, right: sum() };
  }

  function negation(): Expr {
    if (take("not")) return { kind: "unary", op: "not", arg: nest(negation) };
    return comparison();
  }

  function unary(): Expr {
    if (take("-")) return { kind: "unary", op: "-", arg: nest(unary) };
    return atom();
  }

  function atom(): Expr {
    const token = peek();
    if (token.kind === "number") {
      index++;
      return { kind: "number", value: Number(token.text) };
    }
    if (take("(")) {
      const inner = nest(or);
      expect(")");
      return inner;
    }
    const isFunction = FUNCTIONS.includes(token.text as Fn);
    if (token.kind !== "name" || (RESERVED_WORDS.has(token.text) && !isFunction)) {
      return fail(token, 'a number, a name or "("');
    }
    index++;
    if (!isFunction && peek().text === "(")
      throw new SyntaxError(`unknown function "${token.text}"; use min, max or if`);
    if (take(":")) {
      const option = peek();
      if (option.kind !== "name") return fail(option, 'an option after ":"');
      index++;
      return { kind: "option", term: token.text, option: option.text };
    }
    if (isFunction) return call(token);
    return { kind: "name", name: token.text };
  }

  function call(token: Token): Expr {
    const fn = token.text as Fn;
    expect("(");
    const args = [nest(or)];
    while (take(",")) args.push(nest(or));
    expect(")");
    if (fn === "if" && args.length !== 3)
      throw new SyntaxError(`if(condition, then, else) takes 3 arguments, got ${args.length}`);
    return { kind: "call", fn, args };
  }

  const sum = binary(["+", "-"], binary(["*", "/"], unary));
  const or: () => Expr = binary(["or"], binary(["and"], negation));

  const expr = or();
  if (peek().kind !== "end") fail(peek(), "an operator or the end");
  return expr;
}

export type Scope = { value: (name: string) => number; chosen: (term: string, option: string) => boolean };

const truth = (value: boolean) => (value ? 1 : 0);

export function evaluate(expr: Expr, scope: Scope): number {
  const run = (e: Expr) => evaluate(e, scope);
  switch (expr.kind) {
    case "number":
      return expr.value;
    case "name":
      return scope.value(expr.name);
    case "option":
      return truth(scope.chosen(expr.term, expr.option));
    case "unary":
      return expr.op === "-" ? -run(expr.arg) : truth(run(expr.arg) === 0);
    case "call": {
      if (expr.fn === "if") {
        const [condition, then, otherwise] = expr.args as [Expr, Expr, Expr];
        return run(condition) !== 0 ? run(then) : run(otherwise);
      }
      const values = expr.args.map(run);
      return expr.fn === "min" ? Math.min(...values) : Math.max(...values);
    }
    case "binary": {
      const left = run(expr.left);
      if (expr.op === "and") return truth(left !== 0 && run(expr.right) !== 0);
      if (expr.op === "or") return truth(left !== 0 || run(expr.right) !== 0);
      const right = run(expr.right);
      switch (expr.op) {
        case "+":
          return left + right;
        case "-":
          return left - right;
        case "*":
          return left * right;
        case "/":
          return right === 0 ? 0 : left / right;
        case "<":
          return truth(left < right);
        case "<=":
          return truth(left <= right);
        case ">":
          return truth(left > right);
        case ">=":
          return truth(left >= right);
        case "==":
          return truth(left === right);
        case "!=":
          return truth(left !== right);
      }
    }
  }
}

/** Every name and term:option an expression mentions, for the loader's cross-reference checks. */
export function references(expr: Expr): { names: string[]; options: { term: string; option: string }[] } {
  const names: string[] = [];
  const options: { term: string; option: string }[] = [];
  const walk = (e: Expr): void => {
    if (e.kind === "name") names.push(e.name);
    else if (e.kind === "option") options.push({ term: e.term, option: e.option });
    else if (e.kind === "unary") walk(e.arg);
    else if (e.kind === "binary") {
      walk(e.left);
      walk(e.right);
    } else if (e.kind === "call") e.args.forEach(walk);
  };
  walk(expr);
  return { names, options };
}
