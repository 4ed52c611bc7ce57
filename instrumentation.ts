/** Next.js start-up hook: the web process migrates, seeds the default workspace and heartbeats. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareWebProcess } = await import("./server/runtime/prepare-web-process");
  await prepareWebProcess();
}
