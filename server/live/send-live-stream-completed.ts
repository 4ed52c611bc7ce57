import { inngest } from "@/inngest/client";
import { events } from "@/inngest/events";

/**
 * Tells the live-to-VOD workflow a session was finished at once (complete, disable): the session
 * row is already ended; its recording becomes the VOD asset. Logged, not thrown, when it fails.
 */
export async function sendLiveStreamCompleted(input: { liveStreamId: string; sessionId: string; workspaceId: string }): Promise<void> {
  const type = events.liveStreamCompleted;
  try {
    await inngest.send(type.create(input, { id: `${type.name}:${input.sessionId}` }));
  } catch (error) {
    console.error(`[live] could not send ${type.name} for ${input.liveStreamId}`, error);
  }
}
