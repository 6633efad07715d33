import path from "node:path"
import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { databasePool, databaseRole, databaseSessionOptions } from "./src/lib/database-session"
import { saveCheckpointsInTurn } from "./src/lib/workflow-checkpoint-turns"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// Bounded waits for every PostgreSQL session of this process: short for web requests, longer for
// the worker, scripts and migrations (see src/lib/database-session.ts).
const sessionOptions = databaseSessionOptions(databaseRole(process.argv, process.env), process.env)
if (sessionOptions) process.env.PGOPTIONS = sessionOptions

// Medusa's in-memory workflow engine (no REDIS_URL): parallel steps save their checkpoints in turn.
saveCheckpointsInTurn()

const redisUrl = process.env.REDIS_URL
const meilisearchHost = process.env.MEILISEARCH_HOST
// The marketplace's collection account for bank transfers; without it VietQR is not offered.
const vietQrAccount = process.env.VIETQR_ACCOUNT_NUMBER
// Card payments (Stripe) are offered only with an API key.
const stripeApiKey = process.env.STRIPE_API_KEY

const localCorsOrigins = "http://localhost:8000,http://127.0.0.1:8000"
const adminCorsOrigins = "http://localhost:9000,http://127.0.0.1:9000,http://localhost:5173"

// Redis-backed infrastructure modules when REDIS_URL is set; Medusa's in-memory/local ones otherwise.
const redisModules = redisUrl
  ? [
      {
        resolve: "@medusajs/medusa/event-bus-redis",
        // A subscriber that fails (search engine down, say) is retried with backoff; the ones that succeeded are not rerun.
        options: { redisUrl, jobOptions: { attempts: 8, backoff: { type: "exponential", delay: 2_000 } } },
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
    databaseDriverOptions: { pool: databasePool(process.env) },
    redisUrl,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors: process.env.STORE_CORS || localCorsOrigins,
      adminCors: process.env.ADMIN_CORS || adminCorsOrigins,
      authCors: process.env.AUTH_CORS || `${localCorsOrigins},${adminCorsOrigins}`,
      // Unset in production, Medusa refuses to start (`medusa build` does not need them).
      jwtSecret: process.env.JWT_SECRET,
      cookieSecret: process.env.COOKIE_SECRET,
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
    // Baked into the admin bundle at build time: "/" (same origin) works wherever the server runs.
    backendUrl: process.env.ADMIN_BACKEND_URL || "/",
  },
  modules: [
    { resolve: "./src/modules/place" },
    { resolve: "./src/modules/producer" },
    { resolve: "./src/modules/marketplace" },
    { resolve: "./src/modules/company" },
    { resolve: "./src/modules/ledger" },
    { resolve: "./src/modules/quote" },
    { resolve: "./src/modules/experience" },
    { resolve: "./src/modules/report" },
    { resolve: "./src/modules/ocop" },
    {
      resolve: "@medusajs/medusa/search",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/search-postgres",
            id: "postgres",
            // No English stemming for Vietnamese; the config (simple + unaccent) comes from an ocop migration.
            options: { language: "simple" },
          },
          // Ours, the default without Meilisearch: Medusa's provider answering each search in one
          // statement over typed columns, with synonyms and typo corrections. Medusa's stays registered
          // (its migration creates the catalog table both use) so that `db:migrate` retires its index.
          {
            resolve: "./src/modules/search-postgres-ocop",
            id: "postgres-ocop",
            options: { language: "simple" },
          },
          // Registered beside postgres so that switching either way lets `db:migrate` retire the other's index.
          ...(meilisearchHost
            ? [
                {
                  resolve: "./src/modules/search-meilisearch",
                  id: "meilisearch",
                  options: {
                    host: meilisearchHost,
                    api_key: process.env.MEILISEARCH_API_KEY,
                    index_prefix: process.env.MEILISEARCH_INDEX_PREFIX,
                  },
                },
              ]
            : []),
        ],
        // Providers are keyed by their class identifier, not by the `id` above.
        default_provider: meilisearchHost ? "search-meilisearch" : "search-postgres-ocop",
      },
    },
    {
      resolve: "@medusajs/medusa/fulfillment",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
          // Each producer's standard delivery: its fee, free from its threshold (provider id `producer_delivery`).
          { resolve: "./src/modules/fulfillment-producer", id: "delivery" },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [
          // Pay on terms for verified companies' staff (invoices in the ledger module); id pp_terms_terms.
          { resolve: "./src/modules/payment-terms", id: "terms" },
          ...(vietQrAccount
            ? [
                {
                  resolve: "./src/modules/payment-vietqr",
                  id: "vietqr",
                  options: {
                    bank_bin: process.env.VIETQR_BANK_BIN,
                    account_number: vietQrAccount,
                    account_name: process.env.VIETQR_ACCOUNT_NAME,
                    expires_after_minutes: process.env.VIETQR_EXPIRES_AFTER_MINUTES,
                    reference_prefix: process.env.VIETQR_REFERENCE_PREFIX,
                  },
                },
              ]
            : []),
          // Card payments through Medusa's Stripe provider (ours only adds STRIPE_API_HOST); id pp_stripe_stripe.
          ...(stripeApiKey
            ? [
                {
                  resolve: "./src/modules/payment-stripe",
                  id: "stripe",
                  options: {
                    apiKey: stripeApiKey,
                    webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
                    // Authorized at checkout; captured when the office captures the payment (admin or Stripe dashboard).
                    capture: false,
                    apiHost: process.env.STRIPE_API_HOST,
                  },
                },
              ]
            : []),
        ],
      },
    },
    {
      // E-mails go to the outbox folder (and the log); an e-mail provider replaces it in production.
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "./src/modules/notification-outbox",
            id: "outbox",
            // `npm start` puts it in .data/outbox.
            options: {
              channels: ["email"],
              dir: process.env.NOTIFICATION_OUTBOX_DIR || path.join(process.cwd(), ".data", "outbox"),
            },
          },
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: { name: "Local notifications", channels: ["feed"] },
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
              // Uploads live with the data (.data/uploads under `npm start`), not in the build output.
              upload_dir: process.env.FILE_UPLOAD_DIR,
              // Files uploaded with access "private" (certificate scans) go here, outside what /static serves;
              // they are read only through signed-in routes (.data/private-files under `npm start`).
              private_upload_dir: process.env.FILE_PRIVATE_DIR || path.join(process.cwd(), "private-files"),
              backend_url: `${process.env.MEDUSA_BACKEND_URL || `http://localhost:${process.env.PORT ?? 9000}`}/static`,
            },
          },
        ],
      },
    },
    ...redisModules,
  ],
})
