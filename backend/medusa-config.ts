import { defineConfig, loadEnv } from "@medusajs/framework/utils"

// each concern's modules in its own file (src/config), so they change apart; they read the environment when called
import { fileModules } from "./src/config/file"
import { infrastructureModules } from "./src/config/infrastructure"
import { notificationModules } from "./src/config/notification"
import { paymentModule } from "./src/config/payment"
import { searchModule } from "./src/config/search"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

export default defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl: process.env.REDIS_URL,
    // locks on PostgreSQL hold a pooled connection while they are held: room for them beside the queries
    databaseDriverOptions: { pool: { max: Number(process.env.DATABASE_POOL_MAX || 20) } },
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
    searchModule(),
    { resolve: "./src/modules/consignment" },
    // bank transfers (VietQR): payments by reference, the bank's notifications
    { resolve: "./src/modules/bank-transfer" },
    { resolve: "./src/modules/reviews" },
    { resolve: "./src/modules/traceability" },
    ...infrastructureModules(),
    ...fileModules(),
    paymentModule(),
    ...notificationModules(),
  ],
})
