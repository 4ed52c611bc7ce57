import { createAccessToken } from "@/server/auth/create-access-token";
import { createUser } from "@/server/auth/create-user";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { addWorkspaceMember } from "@/server/workspaces/add-workspace-member";
import { addFirstAdmin } from "@/server/workspaces/add-first-admin";
import { createWorkspace } from "@/server/workspaces/create-workspace";
import { findWorkspace } from "@/server/workspaces/find-workspace";
import { hasAnyUser } from "@/server/workspaces/has-any-user";

type Flags = Record<string, string | boolean | undefined>;
type Option = { type: "string" | "boolean" };

interface Command<R> {
  help: string;
  options: Record<string, Option>;
  run(flags: Flags): Promise<R>;
  describe(result: R): string;
}

const str = (flags: Flags, key: string, required = true): string | undefined => {
  const v = flags[key];
  if (typeof v === "string" && v.length) return v;
  if (required) throw new AppError({ code: "invalid_parameters", message: `--${key} is required` });
  return undefined;
};

const permissionFlags = { "video:read": "videoRead", "video:write": "videoWrite", "data:read": "dataRead", system: "system" } as const;

function parsePermissions(list: string | undefined) {
  const names = (list ?? Object.keys(permissionFlags).join(",")).split(",").map((s) => s.trim());
  const out = { videoRead: false, videoWrite: false, dataRead: false, system: false };
  for (const n of names) {
    const key = permissionFlags[n as keyof typeof permissionFlags];
    if (!key) throw new AppError({ code: "invalid_parameters", message: `Unknown permission "${n}" (use ${Object.keys(permissionFlags).join(", ")})` });
    out[key] = true;
  }
  return out;
}

const define = <R>(c: Command<R>) => c;

export const commands = {
  "token create": define({
    help: "--workspace <name|id> [--name <n>] [--permissions video:read,video:write,data:read,system]",
    options: { workspace: { type: "string" }, name: { type: "string" }, permissions: { type: "string" } },
    run: async (f) => {
      const workspace = await findWorkspace({ nameOrId: str(f, "workspace")! });
      const token = await createAccessToken({ workspaceId: workspace.id, name: str(f, "name", false) ?? "CLI token", ...parsePermissions(str(f, "permissions", false)) });
      return { id: token.id, secret: token.secret, workspaceId: token.workspaceId };
    },
    describe: (t) => `Access token created in workspace ${t.workspaceId}\n  id:     ${t.id}\n  secret: ${t.secret}\nThe secret is shown only now.`,
  }),
  "user create": define({
    help: "--email <e> --password <p> [--name <n>] [--workspace <name|id> [--role admin|member]]",
    options: { email: { type: "string" }, password: { type: "string" }, name: { type: "string" }, workspace: { type: "string" }, role: { type: "string" } },
    run: async (f) => {
      const input = { email: str(f, "email")!, password: str(f, "password")!, name: str(f, "name", false) };
      // The first user becomes the operator and admin of everything, exactly as the first-run screen does.
      if (!(await hasAnyUser())) return { ...(await addFirstAdmin(input)), firstAdmin: true };
      const workspaceName = str(f, "workspace", false);
      if (!workspaceName) return { ...(await createUser(input)), firstAdmin: false };
      const workspace = await findWorkspace({ nameOrId: workspaceName });
      const role = str(f, "role", false) === "admin" ? "admin" : "member";
      const member = await addWorkspaceMember({ workspaceId: workspace.id, email: input.email, password: input.password, role });
      return { id: member.userId, email: member.email, workspaceId: workspace.id, role, firstAdmin: false };
    },
    describe: (u) => `User ${u.email} created${u.firstAdmin ? " as the first admin (operator)" : ""}`,
  }),
  "workspace create": define({
    help: "--name <n> [--environment development|production]",
    options: { name: { type: "string" }, environment: { type: "string" } },
    run: async (f) => {
      const db = await getDb();
      const org = await db.query.organizations.findFirst();
      const environment = str(f, "environment", false) === "production" ? "production" : "development";
      const workspace = await createWorkspace({ organizationId: org!.id, name: str(f, "name")!, environment });
      return { id: workspace.id, name: workspace.name, environment: workspace.environment };
    },
    describe: (w) => `Workspace "${w.name}" (${w.environment}) created: ${w.id}`,
  }),
  "workspace list": define({
    help: "",
    options: {},
    run: async () => {
      const db = await getDb();
      return (await db.query.workspaces.findMany()).map((w) => ({ id: w.id, name: w.name, environment: w.environment }));
    },
    describe: (list) => list.map((w) => `${w.id}  ${w.name} (${w.environment})`).join("\n"),
  }),
};
