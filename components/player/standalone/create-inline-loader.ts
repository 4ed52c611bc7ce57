import { FetchLoader, type LoaderResponse, type PlaylistLoaderConstructor } from "hls.js";

/**
 * A FetchLoader that answers the first request for each URL in `responses` from memory (the page
 * inlined those playlists) and goes to the network for everything else, retries included.
 */
export function createInlineLoader(responses: Map<string, string>): PlaylistLoaderConstructor {
  class InlineLoader extends FetchLoader {
    protected loadInternal(): void {
      const { context, stats } = this;
      const data = context ? responses.get(context.url) : undefined;
      if (!context || data === undefined || context.responseType !== "text") return super.loadInternal();
      responses.delete(context.url);
      stats.loading.first = stats.loading.end = Math.max(performance.now(), stats.loading.start);
      stats.loaded = stats.total = data.length;
      const response: LoaderResponse = { url: context.url, data, code: 200 };
      // Answer asynchronously, as the network would; not at all once aborted or destroyed.
      queueMicrotask(() => this.context === context && !stats.aborted && this.callbacks?.onSuccess(response, stats, context, null));
    }
  }
  // hls.js types its own FetchLoader with the base LoaderContext; as pLoader it sees playlist contexts.
  return InlineLoader as unknown as PlaylistLoaderConstructor;
}
