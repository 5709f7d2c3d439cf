import { describe, expect, it } from "vitest";
import { answerRefusal, isSigned, walkAwayVotesNeeded, withdrawRefusal } from "./deals";

const open = { tableId: "t1", status: "open", version: 3, delegation: "US" as const };

describe("signing", () => {
  it("needs every delegation, the proposer counting as accepting", () => {
    const three = ["US", "DPRK", "CHINA"];
    expect(isSigned("US", ["DPRK", "CHINA"], three)).toBe(true);
    expect(isSigned("US", ["DPRK"], three)).toBe(false);
    expect(isSigned("US", [], three)).toBe(false);
    expect(isSigned("DPRK", ["US", "US", "CHINA"], three)).toBe(true);
    expect(isSigned("US", ["DPRK"], ["US", "DPRK"])).toBe(true);
  });
});

describe("answering and withdrawing", () => {
  it("lets another delegation at the table answer an open version, and only its proposer withdraw it", () => {
    expect(answerRefusal(open, { tableId: "t1", delegation: "DPRK" })).toBeNull();
    expect(answerRefusal(open, { tableId: "t1", delegation: "US" })).toBe(
      "Your delegation proposed this deal; the other delegations answer it.",
    );
    expect(answerRefusal(open, { tableId: "t2", delegation: "DPRK" })).toBe("There is no such deal at your table.");
    expect(answerRefusal(null, { tableId: "t1", delegation: "DPRK" })).toBe("There is no such deal at your table.");
    expect(answerRefusal({ ...open, status: "superseded" }, { tableId: "t1", delegation: "DPRK" })).toBe(
      "Version 3 is no longer open: answer the deal on the table now.",
    );
    expect(withdrawRefusal(open, { tableId: "t1", delegation: "US" })).toBeNull();
    expect(withdrawRefusal(open, { tableId: "t1", delegation: "CHINA" })).toBe(
      "Only the delegation that proposed a deal can withdraw it.",
    );
    expect(withdrawRefusal({ ...open, status: "withdrawn" }, { tableId: "t1", delegation: "US" })).toBe(
      "Version 3 is no longer on the table.",
    );
  });
});

describe("walking away", () => {
  it("takes a majority of the members present; one alone decides; votes cast count as present", () => {
    expect(walkAwayVotesNeeded(1, 0)).toBe(1);
    expect(walkAwayVotesNeeded(0, 0)).toBe(1);
    expect(walkAwayVotesNeeded(2, 1)).toBe(2);
    expect(walkAwayVotesNeeded(3, 1)).toBe(2);
    expect(walkAwayVotesNeeded(4, 1)).toBe(3);
    expect(walkAwayVotesNeeded(1, 3)).toBe(2);
  });
});
