import { describe, expect, it } from "vitest";
import { COMPREHENSIVE_DEAL, HANOI_BARGAIN } from "@/lib/scenario/hanoi/terms";
import { PAYOFFS } from "@/lib/scenario/hanoi/briefs";
import { HANOI } from "@/lib/scenario/hanoi/scenario";
import { payoffWith } from "@/lib/scoring/payoff";
import { counterOf, decide, MAX_COUNTERS } from "./negotiator";

const china = PAYOFFS.CHINA;
const situation = { payoffs: china, canAnswer: true, canCounter: true, countersSoFar: 0 };

describe("the computer negotiator", () => {
  it("accepts a deal worth more than its threshold and says why", () => {
    const decision = decide(
      { ...situation, proposal: { version: 2, terms: COMPREHENSIVE_DEAL, delegation: "US" } },
      HANOI,
    );
    expect(decision.kind).toBe("accept");
    expect(decision.message).toMatch(/^Version 2 gives us enough \(\d+ points\): we accept\.$/);
  });

  it("counters a deal that sidelines China with the two changes it values most", () => {
    const decision = decide(
      { ...situation, proposal: { version: 1, terms: HANOI_BARGAIN, delegation: "DPRK" } },
      HANOI,
    );
    expect(decision.kind).toBe("counter");
    if (decision.kind !== "counter") return;
    expect(decision.terms.chinaRole).toBe("guarantor");
    expect(["trilateral", "multilateral"]).toContain(decision.terms.framework);
    expect(payoffWith(china, decision.terms)).toBeGreaterThan(payoffWith(china, HANOI_BARGAIN));
    expect(decision.message).toContain("China's role: Guarantor");
  });

  it("stops countering after a few rounds and rejects instead", () => {
    const decision = decide(
      {
        ...situation,
        countersSoFar: MAX_COUNTERS,
        proposal: { version: 7, terms: HANOI_BARGAIN, delegation: "DPRK" },
      },
      HANOI,
    );
    expect(decision.kind).toBe("reject");
  });

  it("waits for the signing phase when it may not answer yet", () => {
    expect(
      decide(
        { ...situation, canAnswer: false, proposal: { version: 3, terms: COMPREHENSIVE_DEAL, delegation: "US" } },
        HANOI,
      ).kind,
    ).toBe("say");
  });

  it("never counters with a deal worse for itself", () => {
    for (const delegation of ["US", "DPRK", "CHINA"] as const) {
      const { terms } = counterOf(PAYOFFS[delegation], HANOI_BARGAIN, HANOI);
      expect(payoffWith(PAYOFFS[delegation], terms)).toBeGreaterThanOrEqual(
        payoffWith(PAYOFFS[delegation], HANOI_BARGAIN),
      );
    }
  });
});
