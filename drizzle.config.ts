import { defineConfig } from "drizzle-kit";

// Migrations are generated from server/db/schema and applied at start-up by server/db/migrate.ts,
// on PostgreSQL and on the embedded PGlite alike.
export default defineConfig({
  dialect: "postgresql",
  schema: "./server/db/schema/index.ts",
  out: "./server/db/migrations",
  dbCredentials: { url: process.env.DATABASE_URL ?? "postgres://localhost:5432/test" },
});
