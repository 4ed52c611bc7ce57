import { isPostgresReachable } from "./test-database";

/** Decides once per run whether the Postgres half of the integration matrix runs. */
export default async function setup(): Promise<void> {
  const url = process.env.KEYFRAME_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  if (await isPostgresReachable(url)) {
    process.env.KEYFRAME_TEST_POSTGRES_URL = url;
    console.log(`[test] integration suites run on PGlite and on ${url}`);
  } else {
    process.env.KEYFRAME_TEST_POSTGRES_URL = "";
    console.log("[test] PostgreSQL at 127.0.0.1:5432 is not reachable: integration suites run on PGlite only");
  }
}
