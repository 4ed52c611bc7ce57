import { systemSelfTest } from "./system-self-test";

/** The registry of every Inngest function; app/api/inngest serves exactly this list. */
export const functions = [systemSelfTest] as const;
