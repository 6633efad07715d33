import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The rules and types shared with the backend (backend/shared) are TypeScript source.
  transpilePackages: ["@ocop/shared"],
  // The producer portal's uploads (photos, certificate scans up to 10 MB) reach the backend through
  // server actions, and pass the locale proxy on the way (both cap request bodies below that).
  // Cached backend reads live in memory only: a restart (a new database behind, say) starts empty,
  // and while running, the backend's revalidation requests expire them (lib/cache-tags.ts).
  // The tourism landing lives once, at [locale]/du-lich; its English address is /en/tourism
  // (lib/experiences/tourism-path.ts); the statistics page likewise lives at [locale]/thong-ke, /en/statistics
  // in English. Before the file routes, so the catch-all 404 does not take them.
  rewrites: async () => ({
    beforeFiles: [
      { source: "/en/tourism", destination: "/en/du-lich" },
      { source: "/en/statistics", destination: "/en/thong-ke" },
    ],
    afterFiles: [],
    fallback: [],
  }),
  experimental: { serverActions: { bodySizeLimit: "11mb" }, proxyClientMaxBodySize: "11mb", isrFlushToDisk: false },
}

export default withNextIntl(nextConfig)
