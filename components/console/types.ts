/** What the console layout hands its client shell (read on the server, after the tenant check). */
export type ConsoleUser = { id: string; email: string; name: string | null; isOperator: boolean };
export type ConsoleWorkspace = { id: string; name: string; environment: "development" | "production"; role: "admin" | "member" };
