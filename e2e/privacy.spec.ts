import { expect, test } from "@playwright/test";
import { BRIEFS } from "@/lib/scenario/hanoi/briefs";
import { createSession, joinAs, openTab, person, phone, signUpTeacher } from "./fixtures";

test("a student's browser never receives another delegation's brief, not even inside the JavaScript", async ({
  browser,
}) => {
  const teacher = await person(browser);
  await signUpTeacher(teacher, "Ms Vault");
  const { joinUrl } = await createSession(teacher, "Private briefs");
  const student = await phone(browser);
  const received: string[] = [];
  student.on("response", async (response) => {
    const type = response.headers()["content-type"] ?? "";
    if (/javascript|html|json|text/.test(type)) received.push(await response.text().catch(() => ""));
  });
  student.on("websocket", (socket) => socket.on("framereceived", (frame) => received.push(String(frame.payload))));
  await joinAs(student, joinUrl, "Quinn"); // the first student is seated in the US delegation
  await teacher.getByRole("button", { name: "Start the session" }).click();
  await openTab(student, "Brief");
  await expect(student.getByTestId("brief-US")).toBeVisible();
  const everything = received.join("\n");
  expect(everything).toContain(BRIEFS.US.goals[0]);
  for (const other of ["DPRK", "CHINA"] as const) {
    for (const line of [...BRIEFS[other].goals, ...BRIEFS[other].limits]) expect(everything).not.toContain(line);
  }
});
