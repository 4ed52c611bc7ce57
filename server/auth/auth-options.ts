import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/server/env";
import { verifyCredentials } from "./verify-credentials";

/** Console sign-in: email + password, JWT sessions (no session table to clean up). */
export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: async (credentials) => {
        const user = await verifyCredentials(credentials);
        return user ? { id: user.id, email: user.email, name: user.name ?? user.email, isOperator: user.isOperator } : null;
      },
    }),
  ],
  callbacks: {
    jwt: ({ token, user }) => {
      if (user) {
        token.sub = user.id;
        token.isOperator = (user as { isOperator?: boolean }).isOperator ?? false;
      }
      return token;
    },
    session: ({ session, token }) => ({
      ...session,
      user: { ...session.user, id: token.sub!, isOperator: Boolean(token.isOperator) },
    }),
  },
};
