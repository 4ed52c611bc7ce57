import { and, eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { mediaJobs, type MediaJobRow } from "@/server/db/schema";
import { notFound } from "@/server/errors";

/** A media job by id; with `workspaceId`, only that workspace's job (anything else is not found). */
export async function getMediaJob(input: { jobId: string; workspaceId?: string }): Promise<MediaJobRow> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(mediaJobs)
    .where(and(eq(mediaJobs.id, input.jobId), input.workspaceId ? eq(mediaJobs.workspaceId, input.workspaceId) : undefined));
  if (!row) throw notFound("Media job");
  return row;
}
