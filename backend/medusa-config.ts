import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const isProduction = process.env.NODE_ENV === "production"
const redisUrl = process.env.REDIS_URL

/** In production a missing secret is a configuration error, never a silent default. */
function secret(name: "JWT_SECRET" | "COOKIE_SECRET"): string {
  const value = process.env[name]
  if (value) return value
  if (isProduction) {
    throw new Error(`${name} must be set when NODE_ENV=production`)
  }
  return "ocop-development-only-secret"
}

const localCorsOrigins = "http://localhost:8000,http://127.0.0.1:8000"
const adminCorsOrigins = "http://localhost:9000,http://127.0.0.1:9000,http://localhost:5173"

// Redis-backed infrastructure modules when REDIS_URL is set; Medusa's in-memory/local ones otherwise.
const redisModules = redisUrl
  ? [
      {
        resolve: "@medusajs/medusa/event-bus-redis",
        options: { redisUrl },
      },
      {
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl } },
      },
      {
        resolve: "@medusajs/medusa/cache-redis",
        options: { redisUrl },
      },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
    ]
  : []

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors: process.env.STORE_CORS || localCorsOrigins,
      adminCors: process.env.ADMIN_CORS || adminCorsOrigins,
      authCors: process.env.AUTH_CORS || `${localCorsOrigins},${adminCorsOrigins}`,
      jwtSecret: secret("JWT_SECRET"),
      cookieSecret: secret("COOKIE_SECRET"),
    },
    // Production mode would make the session cookie Secure, which browsers drop over plain http:
    // the flag follows COOKIE_SECURE so that http on localhost keeps working.
    cookieOptions: {
      secure: process.env.COOKIE_SECURE === "true",
      sameSite: "lax",
    },
  },
  admin: {
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true",
    backendUrl: process.env.MEDUSA_BACKEND_URL || "/",
  },
  modules: [
    {
      resolve: "@medusajs/medusa/search",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/search-postgres",
            id: "postgres",
            options: {},
          },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: {
              backend_url: `${process.env.MEDUSA_BACKEND_URL || `http://localhost:${process.env.PORT ?? 9000}`}/static`,
            },
          },
        ],
      },
    },
    ...redisModules,
  ],
})
