import { eq } from "drizzle-orm";
import { getDb } from "@/server/db/client";
import { organizationMembers, organizations } from "@/server/db/schema";

export async function listUserOrganizations(input: { userId: string }) {
  const db = await getDb();
  return db
    .select({ id: organizations.id, name: organizations.name, role: organizationMembers.role })
    .from(organizationMembers)
    .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
    .where(eq(organizationMembers.userId, input.userId));
}
