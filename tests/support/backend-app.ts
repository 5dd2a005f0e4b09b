import { randomUUID } from "node:crypto"
import path from "node:path"
import jwt from "jsonwebtoken"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ensureStoreVersionTriggers } from "../../backend/src/medusa-tables/store-version"
import { loadCatalogue } from "../../seed/load"
import { TEST_PRODUCERS, TEST_PRODUCTS } from "./fixtures"
import { restoreFrom, snapshotInto } from "./fast-restore"
import { copyMigratedTemplate } from "./migrated-template"

export const BACKEND_DIR = path.resolve(__dirname, "../../backend")

export type Ctx = {
  api: any
  container: () => any
  storeHeaders: { headers: Record<string, string> }
  adminHeaders: { headers: Record<string, string> }
  productIdByHandle: Map<string, string>
  /** the test runner's copy of the database, taken now: each test of the suite starts from here */
  snapshot: () => Promise<void>
  dbName: string
}

/** What a test file's suite declares (its hooks and tests) on a booted backend. */
export type Suite = (ctx: Ctx) => void

/** An admin user and a JWT signed like Medusa's own (for admin API calls). */
async function adminToken(container: any): Promise<string> {
  const user = await container.resolve(Modules.USER).createUsers({ email: "operator@ocop.test" })
  const authIdentity = await container.resolve(Modules.AUTH).createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: "operator@ocop.test" }],
    app_metadata: { user_id: user.id },
  })
  const { projectConfig } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  return jwt.sign(
    { actor_id: user.id, actor_type: "user", auth_identity_id: authIdentity.id, app_metadata: { user_id: user.id } },
    projectConfig.http.jwtSecret,
    { expiresIn: "1d" }
  )
}

/**
 * Boots the real backend on a fresh database of the test server, loads the test
 * catalogue through the real seed loader, and hands the suite an API client.
 */
export function withBackend(
  suite: (ctx: Ctx) => void,
  catalogue: { producers: typeof TEST_PRODUCERS; products: typeof TEST_PRODUCTS } = {
    producers: TEST_PRODUCERS,
    products: TEST_PRODUCTS,
  }
) {
  const dbName = `ocop-test-${randomUUID().slice(0, 12)}`
  medusaIntegrationTestRunner({
    cwd: BACKEND_DIR,
    dbName,
    hooks: { beforeServerStart: () => copyMigratedTemplate(dbName) },
    env: { MEDUSA_ADMIN_DISABLED: "true" },
    testSuite: ({ api, getContainer, dbUtils }) => {
      const ctx: Ctx = {
        api,
        container: getContainer,
        storeHeaders: { headers: {} },
        adminHeaders: { headers: {} },
        productIdByHandle: new Map(),
        snapshot: () => dbUtils.snapshot(),
        dbName,
      }
      beforeAll(async () => {
        const container = getContainer()
        const setup = await loadCatalogue(container, catalogue)
        ctx.storeHeaders.headers["x-publishable-api-key"] = setup.publishableKey
        ctx.adminHeaders.headers.authorization = `Bearer ${await adminToken(container)}`
        const products = await container.resolve(Modules.PRODUCT).listProducts({}, { select: ["id", "handle"] })
        for (const p of products) ctx.productIdByHandle.set(p.handle, p.id)
        // As the backend does at its first store answer; in the snapshot, so no restore has to put them back.
        await ensureStoreVersionTriggers(container)
      })
      suite(ctx)
    },
  })
}

/** Where a shared backend keeps the database as the catalogue left it, beside the runner's own copy. */
const LOADED = "ocop_loaded"

/**
 * Several test files' suites on one booted backend (a boot with its catalogue
 * costs 15-20 s here). Each suite starts from the catalogue as loaded, runs its
 * own beforeAll hooks, and its tests are then put back to that point before
 * each one, exactly as if it had booted a backend of its own: so the suites
 * must share the backend's environment and catalogue. Run one of them alone
 * with `-t "<its name>"`.
 */
export function withSharedBackend(
  suites: Record<string, Suite | [Suite, { timeout: number }]>,
  catalogue?: { producers: typeof TEST_PRODUCERS; products: typeof TEST_PRODUCTS }
) {
  withBackend((ctx) => {
    beforeAll(() => snapshotInto(ctx.dbName, LOADED))
    for (const [name, entry] of Object.entries(suites)) {
      const [suite, options] = Array.isArray(entry) ? entry : [entry, {}]
      describe(name, options, () => {
        beforeAll(() => restoreFrom(ctx.dbName, LOADED))
        suite(ctx)
        // after the suite's own beforeAll hooks (run in order): its tests start from here
        beforeAll(() => ctx.snapshot())
      })
    }
  }, catalogue)
}
