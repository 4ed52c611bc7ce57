import { eq } from "drizzle-orm";
import type { z } from "zod";
import { getDb } from "@/server/db/client";
import { users } from "@/server/db/schema";
import { AppError } from "@/server/errors";
import { newId } from "@/server/ids";
import { hashSecret } from "./hash-secret";
import { createUserSchema } from "./schemas";

export type CreateUserInput = z.input<typeof createUserSchema> & { isOperator?: boolean };

export async function createUser(input: CreateUserInput) {
  const { email, password, name } = createUserSchema.parse(input);
  const db = await getDb();
  const existing = await db.query.users.findFirst({ where: eq(users.email, email) });
  if (existing) throw new AppError({ code: "conflict", message: `A user with email ${email} already exists` });
  const [user] = await db
    .insert(users)
    .values({ id: newId(), email, name, passwordHash: await hashSecret(password), isOperator: input.isOperator ?? false })
    .returning({ id: users.id, email: users.email, name: users.name, isOperator: users.isOperator });
  return user!;
}
