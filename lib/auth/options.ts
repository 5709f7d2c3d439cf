import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db";
import { limitsFor } from "@/lib/limits";
import { stampedAddress } from "@/lib/net/address";
import { authenticateTeacher } from "@/lib/repositories/teachers";
import { signInSchema } from "@/lib/validations/auth";

// Teachers only; students never have an account. JWT sessions: the socket server reads the
// same cookie in the handshake.
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        // A refusal ("Slow down: …") reaches the form as the sign-in's error.
        const limits = limitsFor(getDb().pool);
        const address = stampedAddress(request?.headers);
        await limits.signIn(address, parsed.data.email);
        const teacher = await authenticateTeacher(getDb(), parsed.data.email, parsed.data.password);
        if (teacher) await limits.signedIn(address, parsed.data.email);
        return teacher;
      },
    }),
  ],
  callbacks: {
    session({ session, token }) {
      if (session.user && token.sub) session.user.id = token.sub;
      return session;
    },
  },
};
