import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, parseExpression, references, type Scope } from "./expression";
import { joinList, parseTemplate, placeholders, renderTemplate } from "./template";

const values: Record<string, number> = { a: 0.5, b: 2, zero: 0 };
const scope: Scope = {
  value: (name) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no ${name}`);
    return value;
  },
  chosen: (term, option) => term === "arsenal" && option === "cap",
};
const run = (source: string) => evaluate(parseExpression(source), scope);

describe("expressions", () => {
  it.each([
    ["1 + 2 * 3", 7],
    ["(1 + 2) * 3", 9],
    ["10 - 4 - 3", 3],
    ["8 / 4 / 2", 1],
    ["-a * b", -1],
    ["- -2", 2],
    [".5 + a", 1],
    ["b / zero", 0],
    ["min(1, b, a)", 0.5],
    ["max(a)", 0.5],
    ["if(a > 0, b, 99)", 2],
    ["if(zero, 1, 2)", 2],
    ["arsenal:cap", 1],
    ["arsenal:none", 0],
    ["0.5 * (arsenal:cap) + 0.25 * arsenal:cap", 0.75],
    ["a < b and b <= 2", 1],
    ["a == 0.5 or zero", 1],
    ["a != 0.5", 0],
    ["not arsenal:none and arsenal:cap", 1],
    ["not a > 1", 1],
    ["zero or zero and 1", 0],
    ["1 or 0 and 0", 1],
    ["b >= 2", 1],
  ])("%s = %d", (source, expected) => {
    expect(run(source)).toBe(expected);
  });

  it("computes weighted sums with the same rounding as the code they replaced", () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 0.2, 0.4, 0.5, 0.6, 1), fc.constantFrom(0, 0.2, 0.7, 1), (x, y) => {
        values.x = x;
        values.y = y;
        expect(run("0.15 * x + 0.25 * y + 0.35 * x")).toBe(0.15 * x + 0.25 * y + 0.35 * x);
        expect(run("min(1, x + 0.1 * (y + x))")).toBe(Math.min(1, x + 0.1 * (y + x)));
      }),
    );
  });

  it.each([
    ["", /expected a number, a name or "\(" but found end of expression/],
    ["1 +", /found end of expression/],
    ["(1 + 2", /expected "\)"/],
    ["1 2", /expected an operator or the end but found "2" at column 3/],
    ["a $ b", /unexpected "\$" at column 3/],
    ["sqrt(a)", /unknown function "sqrt"/],
    ["if(a, b)", /takes 3 arguments, got 2/],
    ["min", /expected "\("/],
    ["and", /expected a number, a name/],
    ["arsenal:", /expected an option after ":"/],
    ["1 < 2 < 3", /expected an operator or the end/],
  ])("refuses %j", (source, message) => {
    expect(() => parseExpression(source)).toThrow(message);
  });

  it("lists the names and options it refers to", () => {
    expect(references(parseExpression("max(a, b * arsenal:cap) + if(not shared:true, a, 0)"))).toEqual({
      names: ["a", "b", "a"],
      options: [
        { term: "arsenal", option: "cap" },
        { term: "shared", option: "true" },
      ],
    });
  });
});

describe("templates", () => {
  it("fills placeholders and keeps the text around them", () => {
    const template = parseTemplate("{a} and {b}, then {a}.");
    expect(placeholders(template)).toEqual(["a", "b", "a"]);
    expect(renderTemplate(template, (name) => name.toUpperCase())).toBe("A and B, then A.");
    expect(renderTemplate(parseTemplate("no placeholder"), () => "x")).toBe("no placeholder");
  });

  it.each(["{not a name}", "{}", "open { brace", "close } brace", "{a"])("refuses %j", (text) => {
    expect(() => parseTemplate(text)).toThrow(SyntaxError);
  });

  it("joins lists the way a sentence does", () => {
    expect(joinList([], "and")).toBe("");
    expect(joinList(["a"], "and")).toBe("a");
    expect(joinList(["a", "b"], "or")).toBe("a or b");
    expect(joinList(["a", "b", "c"], "and")).toBe("a, b and c");
  });
});
