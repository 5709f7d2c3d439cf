import { describe, expect, it } from "vitest";
const DELEGATION_NAMES = { US: "United States", DPRK: "DPRK", CHINA: "China" };
import { channelLabel, sidebarChannel } from "./channels";

describe("channel labels", () => {
  it("reads every stored channel as words, relative to the viewer", () => {
    expect(channelLabel("floor", DELEGATION_NAMES)).toBe("Floor");
    expect(channelLabel(null, DELEGATION_NAMES)).toBe("Floor");
    expect(channelLabel("announcement", DELEGATION_NAMES)).toBe("Announcements");
    expect(channelLabel("delegation:US", DELEGATION_NAMES, "US")).toBe("My delegation");
    expect(channelLabel("delegation:US", DELEGATION_NAMES)).toBe("United States (private)");
    expect(channelLabel(sidebarChannel("US", "CHINA"), DELEGATION_NAMES, "US")).toBe("Sidebar with China");
    expect(channelLabel(sidebarChannel("US", "CHINA"), DELEGATION_NAMES)).toBe("Sidebar: United States and China");
  });
});
