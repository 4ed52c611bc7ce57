import NextAuth from "next-auth";
import { authOptions } from "@/server/auth/auth-options";

// GET|POST /api/auth/* – console sign-in and sign-out (next-auth)
const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
