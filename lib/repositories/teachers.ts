import type { Db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { UserError } from "@/lib/errors";
import type { SignUpInput } from "@/lib/validations/auth";
import { isUniqueViolation } from "./events";

export async function createTeacher(db: Db, input: SignUpInput) {
  try {
    return await db.teacher.create({
      data: { name: input.name, email: input.email, passwordHash: await hashPassword(input.password) },
      select: { id: true, name: true, email: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new UserError("An account with this email already exists. Sign in instead.");
    throw error;
  }
}

/** The teacher with these credentials, or null; the same answer for an unknown email and a wrong password. */
export async function authenticateTeacher(db: Db, email: string, password: string) {
  const teacher = await db.teacher.findUnique({ where: { email } });
  if (!teacher || !(await verifyPassword(password, teacher.passwordHash))) return null;
  return { id: teacher.id, name: teacher.name, email: teacher.email };
}

/** Creates the demo account on first start; leaves it alone afterwards. */
export async function ensureTeacher(db: Db, input: SignUpInput) {
  const existing = await db.teacher.findUnique({ where: { email: input.email }, select: { id: true } });
  return existing ?? createTeacher(db, input);
}
