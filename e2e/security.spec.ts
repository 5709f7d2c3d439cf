import { expect, test } from "@playwright/test";
import { createSession, person, signUpTeacher } from "./fixtures";

test("every page carries security headers, only the projector may be framed (by the app), and oversized bodies are refused", async ({
  browser,
}) => {
  const teacher = await person(browser);
  const email = await signUpTeacher(teacher, "Ms Guard");
  await createSession(teacher, "Guarded headers");
  const session = teacher.url();

  for (const path of ["/", "/join", "/signin", new URL(session).pathname]) {
    const response = await teacher.request.get(path);
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toMatch(
      /script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/,
    );
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
  }
  const projector = await teacher.request.get(`${session}/projector`);
  expect(projector.headers()["content-security-policy"]).toContain("frame-ancestors 'self'");
  // The nonce makes the page's own scripts run: the page works under its own policy.
  await teacher.goto(`${session}/projector`);
  await expect(teacher.getByTestId("projector-count")).toHaveText("0");

  const big = await teacher.request.post("/join", {
    data: "x".repeat(2 * 1024 * 1024),
    headers: { "content-type": "text/plain" },
  });
  expect(big.status()).toBe(413);
  expect(await big.json()).toEqual({ error: "A request can carry at most 1 MB." });

  // Wrong passwords: after five, the account is paused for this address with words saying so.
  const stranger = await person(browser);
  await stranger.goto("/signin");
  for (let i = 0; i < 5; i++) {
    await stranger.getByLabel("Email").fill(email);
    await stranger.getByLabel("Password").fill(`wrong password ${i}`);
    await stranger.getByRole("button", { name: "Sign in" }).click();
    await expect(stranger.locator("form").getByRole("alert")).toHaveText(
      "That email and password do not match an account.",
    );
  }
  await stranger.getByLabel("Password").fill("correct horse battery");
  await stranger.getByRole("button", { name: "Sign in" }).click();
  await expect(stranger.locator("form").getByRole("alert")).toHaveText(
    /^Slow down: too many wrong passwords for this account\. Try again in \d+ minutes\.$/,
  );
});
