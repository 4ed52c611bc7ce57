/**
 * Operator CLI: `npm run -s cli -- <noun> <verb> [--flags]`. Works whether or not the platform is
 * running (in embedded mode it then hosts the database itself for the length of the command).
 * With --json, stdout carries exactly one JSON document.
 */
import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { closeDb, getDb } from "@/server/db/client";
import { stopEmbeddedDatabase } from "@/server/db/embedded/ensure-embedded-database";
import { migrateDatabase } from "@/server/db/migrate";
import { dataDir } from "@/server/env";
import { AppError } from "@/server/errors";
import { ensureDefaultSetup } from "@/server/workspaces/ensure-default-setup";
import { commands } from "./commands";

const usage = `Usage: npm run -s cli -- <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(18)} ${c.help}`)
  .join("\n")}

Add --json for machine-readable output.`;

function describeError(error: unknown): string {
  if (error instanceof AppError) return error.message;
  if (error instanceof ZodError) return error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; ");
  if (error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) return error.message;
  return error instanceof Error ? `${error.message}` : String(error);
}

async function main(argv: string[]): Promise<number> {
  const name = argv.slice(0, 2).join(" ");
  const command = commands[name as keyof typeof commands];
  if (!command) {
    console.error(argv.length ? `Unknown command "${name}".\n\n${usage}` : usage);
    return argv.length ? 2 : 0;
  }
  const { values } = parseArgs({ args: argv.slice(2), options: { ...command.options, json: { type: "boolean" } }, strict: true });
  const db = await getDb();
  await migrateDatabase(db);
  await ensureDefaultSetup();
  const result = await command.run(values as Record<string, string | boolean | undefined>);
  if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else console.log(command.describe(result as never));
  return 0;
}

main(process.argv.slice(2))
  .catch((error: unknown) => {
    console.error(`error: ${describeError(error)}`);
    return 1;
  })
  .then(async (code) => {
    await closeDb().catch(() => undefined);
    await stopEmbeddedDatabase({ dataDir }).catch(() => undefined);
    process.exit(code);
  });
