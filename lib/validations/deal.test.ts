import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMPREHENSIVE_DEAL, HANOI_BARGAIN, TERMS, WEAKEST_DEAL, type Deal } from "@/lib/scenario/hanoi/terms";
import { HANOI } from "@/lib/scenario/hanoi/scenario";
import { dealSchemaFor, parseDealFor } from "./deal";

const dealSchema = dealSchemaFor(HANOI);
const parseDeal = (input: unknown) => parseDealFor(HANOI, input);

const dealArb = fc.record(
  Object.fromEntries(TERMS.map((term) => [term.key, fc.constantFrom(...term.options.map((o) => o.value))])),
  { requiredKeys: [] },
) as unknown as fc.Arbitrary<Partial<Deal>>;

const errorOf = (input: unknown) => {
  const result = parseDeal(input);
  if (result.ok) throw new Error("expected a parse error");
  return result.error;
};

describe("parseDeal", () => {
  it("accepts complete deals unchanged", () => {
    expect(parseDeal({ ...COMPREHENSIVE_DEAL })).toEqual({ ok: true, deal: COMPREHENSIVE_DEAL });
    expect(parseDeal(JSON.parse(JSON.stringify(HANOI_BARGAIN)))).toEqual({ ok: true, deal: HANOI_BARGAIN });
  });

  it("fills missing terms with their weakest option", () => {
    expect(parseDeal({})).toEqual({ ok: true, deal: WEAKEST_DEAL });
    expect(parseDeal({ arsenal: "cap", snapback: true })).toEqual({
      ok: true,
      deal: { ...WEAKEST_DEAL, arsenal: "cap", snapback: true },
    });
    expect(parseDeal({ arsenal: undefined })).toEqual({ ok: true, deal: WEAKEST_DEAL });
  });

  it("accepts any partial deal and keeps what it was given", () => {
    fc.assert(
      fc.property(dealArb, (input) => {
        const result = parseDeal(input);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        for (const term of TERMS) expect(result.deal[term.key]).toBe(input[term.key] ?? term.options[0]?.value);
        expect(dealSchema.parse(result.deal)).toEqual(result.deal);
      }),
    );
  });

  it("names an unknown term", () => {
    expect(errorOf({ foo: "x" })).toBe('unknown term "foo"');
    expect(errorOf({ yongbyon: "freeze", foo: 1, bar: 2 })).toBe('unknown terms "foo", "bar"');
  });

  it("names the term, the rejected option and the allowed ones", () => {
    expect(errorOf({ arsenal: "all" })).toBe(
      '"arsenal" has no option "all"; choose one of none, declare, cap, dismantle',
    );
    expect(errorOf({ snapback: "yes" })).toBe('"snapback" has no option "yes"; choose one of false, true');
    expect(errorOf({ snapback: "true" })).toBe(
      '"snapback" has no option "true"; choose one of false, true (true and false are written without quotes)',
    );
    expect(errorOf({ followUp: null })).toBe(
      '"followUp" has no option null; choose one of none, working_groups, next_summit',
    );
    expect(errorOf({ missiles: 3 })).toMatch(/^"missiles" has no option 3;/);
  });

  it("reports every problem, one per line", () => {
    expect(errorOf({ arsenal: "all", peace: "forever", foo: 1 }).split("\n")).toEqual([
      '"arsenal" has no option "all"; choose one of none, declare, cap, dismantle',
      '"peace" has no option "forever"; choose one of none, end_of_war_declaration, peace_treaty',
      'unknown term "foo"',
    ]);
  });

  it("rejects anything that is not an object of terms", () => {
    for (const input of [null, [], "deal", 3, undefined]) {
      expect(errorOf(input)).toBe("a deal must be an object of terms and options");
    }
  });
});

describe("dealSchema", () => {
  it("requires every term", () => {
    const partial: Record<string, unknown> = { ...COMPREHENSIVE_DEAL };
    delete partial.followUp;
    expect(dealSchema.safeParse(partial).error?.issues[0]?.message).toBe(
      '"followUp" is missing; choose one of none, working_groups, next_summit',
    );
    expect(dealSchema.safeParse(COMPREHENSIVE_DEAL).success).toBe(true);
  });
});
