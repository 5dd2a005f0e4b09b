import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const redisUrl = process.env.REDIS_URL
const stripeKey = process.env.STRIPE_API_KEY

// Redis-backed infrastructure modules only when REDIS_URL is configured;
// otherwise Medusa's in-memory/local defaults are used.
const redisModules = redisUrl
  ? [
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
      {
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { url: redisUrl } },
      },
    ]
  : []

const stripeProviders = stripeKey
  ? [
      {
        resolve: "@medusajs/medusa/payment-stripe",
        id: "stripe",
        options: {
          apiKey: stripeKey,
          webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
          capture: true,
        },
      },
    ]
  : []

// Search: Meilisearch when MEILISEARCH_HOST is set, else the embedded engine
// (PostgreSQL full text in the project's own database).
const searchOptions = {
  meilisearch: process.env.MEILISEARCH_HOST
    ? {
        host: process.env.MEILISEARCH_HOST,
        apiKey: process.env.MEILISEARCH_API_KEY,
        indexName: process.env.MEILISEARCH_INDEX || "ocop_products",
      }
    : undefined,
}

export default defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:7001",
      authCors: process.env.AUTH_CORS || "http://localhost:8000,http://localhost:9000",
      jwtSecret: process.env.JWT_SECRET || "supersecret-dev-only",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret-dev-only",
      // actor types that may log in, and how ("producer": the producer portal)
      authMethodsPerActor: {
        user: ["emailpass"],
        customer: ["emailpass"],
        producer: ["emailpass"],
        // showroom staff (consignment)
        staff: ["emailpass"],
      },
    },
  },
  admin: {
    disable: process.env.MEDUSA_ADMIN_DISABLED === "true",
  },
  modules: [
    { resolve: "./src/modules/ocop" },
    { resolve: "./src/modules/ocop-search", options: searchOptions },
    { resolve: "./src/modules/consignment" },
    ...redisModules,
    {
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [{ resolve: "./src/modules/cod-payment", id: "cod" }, ...stripeProviders],
      },
    },
  ],
})
