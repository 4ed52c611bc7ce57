import { z } from "zod";

/** Shared by the CLI, the first-run form, the console and next-auth's authorize(). */
export const emailSchema = z.email("Enter a valid email address").transform((e) => e.toLowerCase());
export const passwordSchema = z.string().min(8, "Passwords need at least 8 characters").max(200);

export const createUserSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  name: z.string().trim().min(1).max(100).optional(),
});

export const signInSchema = z.object({ email: emailSchema, password: z.string().min(1).max(200) });

export const tokenPermissionsSchema = z.object({
  videoRead: z.boolean().default(true),
  videoWrite: z.boolean().default(false),
  dataRead: z.boolean().default(false),
  system: z.boolean().default(false),
});

export const createAccessTokenSchema = z
  .object({ name: z.string().trim().min(1).max(100).default("API token") })
  .extend(tokenPermissionsSchema.shape);

export type TokenPermission = keyof z.infer<typeof tokenPermissionsSchema>;
