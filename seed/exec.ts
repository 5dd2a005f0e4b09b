import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCERS } from "./data/producers"
import { PRODUCTS } from "./data/products"
import { loadCatalogue } from "./load"
import { syntheticCatalogue } from "./synthetic"
import { loadShowrooms } from "./showrooms"

/**
 * Entry point for `medusa exec`: loads the demo catalogue, or with
 * `--synthetic N` a generated catalogue of N products for benchmarks.
 */
export default async function seed({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  // "synthetic N" (as scripts/seed.ts passes it) or "--synthetic N"
  const at = (args ?? []).findIndex((a) => a === "synthetic" || a === "--synthetic")
  const log = (msg: string) => logger.info(`[seed] ${msg}`)
  if (at >= 0) {
    const count = Number(args[at + 1])
    if (!Number.isInteger(count) || count < 1 || count > 200000) {
      throw new Error(`synthetic needs a whole number of products between 1 and 200000 (got "${args[at + 1] ?? ""}")`)
    }
    const { producers, products } = syntheticCatalogue(count)
    await loadCatalogue(container, { producers, products, batchSize: 200, log })
    log(`synthetic catalogue of ${count} products loaded`)
    return
  }
  const result = await loadCatalogue(container, { producers: PRODUCERS, products: PRODUCTS, log })
  await loadShowrooms(container, log)
  log(`demo catalogue loaded (${result.created} new products); publishable key ${result.publishableKey}`)
}
