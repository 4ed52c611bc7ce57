import { getServerSession } from "next-auth";
import { authOptions } from "./auth-options";

/** The signed-in console user in a server component, route handler or tRPC context. */
export function getSession() {
  return getServerSession(authOptions);
}
