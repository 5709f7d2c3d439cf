import { expect, test } from "@playwright/test";
import { createSession, joinAs, person, signUpTeacher } from "./fixtures";

test("report, replay and every export refuse another teacher, a student and no session at all", async ({ browser }) => {
  const owner = await person(browser);
  await signUpTeacher(owner, "Ms Owner");
  const { joinUrl } = await createSession(owner, "Guarded");
  const base = owner.url(); // the session's page
  const urls = [
    `${base}/transcript`,
    `${base}/replay`,
    `${base}/debrief`,
    `${base}/export?format=csv`,
    `${base}/export?format=json`,
    `${base}/export?format=pdf`,
  ];

  const stranger = await person(browser);
  await signUpTeacher(stranger, "Mr Stranger");
  const student = await person(browser);
  await joinAs(student, joinUrl, "Snoop");
  const nobody = await person(browser);

  for (const url of urls) {
    const isExport = url.includes("/export");
    expect((await stranger.request.get(url)).status(), `another teacher: ${url}`).toBe(404);
    for (const [who, page] of [
      ["a student", student],
      ["no session", nobody],
    ] as const) {
      const response = await page.request.get(url, { maxRedirects: 0 });
      if (isExport) expect(response.status(), `${who}: ${url}`).toBe(401);
      else expect([307, 308], `${who}: ${url}`).toContain(response.status());
      if (!isExport) expect(response.headers().location ?? "", `${who}: ${url}`).toContain("/signin");
    }
  }
  expect((await owner.request.get(`${base}/export?format=xml`)).status()).toBe(422);
  // The app's icons and manifest are served to anyone, without a 404.
  for (const file of [
    "/favicon.ico",
    "/icon.svg",
    "/icon-192.png",
    "/icon-512.png",
    "/apple-touch-icon.png",
    "/manifest.webmanifest",
  ]) {
    expect((await nobody.request.get(file)).status(), file).toBe(200);
  }
  // A scenario's public part holds no brief and no payoff table.
  const scenario = (await (await nobody.request.get("/api/scenarios/hanoi-2019")).json()) as {
    briefs: object;
    payoffs: object;
    terms: unknown[];
  };
  expect([scenario.briefs, scenario.payoffs, scenario.terms.length > 0]).toEqual([{}, {}, true]);
  for (const url of urls) expect((await owner.request.get(url)).status(), `owner: ${url}`).toBe(200);
});
