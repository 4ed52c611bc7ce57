import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and wasm-backed packages must load from node_modules at run time, not be bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "postgres", "inngest"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
