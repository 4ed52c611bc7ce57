import { z } from "zod";

export const workspaceNameSchema = z
  .string()
  .trim()
  .min(1, "Name the workspace")
  .max(60)
  .regex(/^[\w .-]+$/, "Use letters, digits, spaces, dots, dashes or underscores");

export const createWorkspaceSchema = z.object({
  name: workspaceNameSchema,
  environment: z.enum(["development", "production"]).default("development"),
});

export const roleSchema = z.enum(["admin", "member"]);
