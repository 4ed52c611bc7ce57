/** The registry of every Inngest function; app/api/inngest serves exactly this list. */
export const functions = [] as const;
