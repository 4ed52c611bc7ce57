import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and wasm-backed packages must load from node_modules at run time, not be bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "postgres", "inngest"],
  poweredByHeader: false,
  typedRoutes: false,
  // The build type-checks what ships; `npm test` type-checks everything, tests included.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  // The embed page is meant to be framed by any site.
  async headers() {
    return [
      { source: "/embed/:path*", headers: [{ key: "Content-Security-Policy", value: "frame-ancestors *" }] },
      // The embed's player modules are compressed at build; a route handler cannot set Content-Encoding.
      { source: "/embed/player/:file(.+\\.js\\.br)", headers: [{ key: "Content-Encoding", value: "br" }] },
      { source: "/embed/player/:file(.+\\.js\\.gz)", headers: [{ key: "Content-Encoding", value: "gzip" }] },
    ];
  },
};

export default nextConfig;
