import path from "node:path"

/** Every setting of `npm start`, from the environment, with the embedded defaults. */
export const ROOT = path.resolve(__dirname, "../..")
export const BACKEND_DIR = path.join(ROOT, "backend")

export function settings(env = process.env) {
  const dataDir = path.resolve(env.OCOP_DATA_DIR || path.join(ROOT, ".data"))
  return {
    dataDir,
    pgDataDir: path.join(dataDir, "postgres"),
    pgPort: Number(env.OCOP_PG_PORT || 5433),
    databaseName: env.OCOP_DB_NAME || "ocop",
    externalDatabaseUrl: env.DATABASE_URL,
    backendPort: Number(env.PORT || env.BACKEND_PORT || 9000),
    storefrontPort: Number(env.STOREFRONT_PORT || 8000),
    adminEmail: env.ADMIN_EMAIL || "admin@ocop.local",
    adminPassword: env.ADMIN_PASSWORD || "ocop-admin",
  }
}
