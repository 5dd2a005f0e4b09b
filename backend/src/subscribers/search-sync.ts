import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { productIdsForEvent, SEARCH_SYNC_EVENTS } from "../workflows/search/utils/search-affected-products"
import { syncSearchDocumentsWorkflow } from "../workflows/search/sync-search-documents"

// Events come in bursts (one save emits product, variant, price and stock
// events; an import emits thousands): products touched within this window
// are synced together, one workflow run per batch, one batch at a time.
const WINDOW_MS = 50
const MAX_BATCH = 500

const pending = new Set<string>()
let timer: NodeJS.Timeout | null = null
let running: Promise<void> = Promise.resolve()

async function sync(container: MedusaContainer, productIds: string[]) {
  try {
    await syncSearchDocumentsWorkflow(container).run({ input: { product_ids: productIds } })
  } catch (e: any) {
    // the index is derived data: `npm run reindex -- --check` finds what a failed sync left behind
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`[search] sync of ${productIds.length} products failed: ${e?.message ?? e}`)
  }
}

function flush(container: MedusaContainer) {
  timer = null
  const batch = [...pending].slice(0, MAX_BATCH)
  batch.forEach((id) => pending.delete(id))
  running = running.then(() => sync(container, batch))
  if (pending.size) timer = setTimeout(() => flush(container), 0)
}

/**
 * Keeps the search index in step with the catalogue: any change to a product,
 * its variants, prices, stock, certificate or producer re-syncs that product's
 * document (or removes it once the product is off sale).
 */
export default async function searchSync({ event, container }: SubscriberArgs<any>) {
  const ids = (await productIdsForEvent(container, event.name, event.data)).filter(Boolean)
  if (!ids.length) return
  ids.forEach((id) => pending.add(id))
  if (!timer) timer = setTimeout(() => flush(container), pending.size >= MAX_BATCH ? 0 : WINDOW_MS)
}

export const config: SubscriberConfig = { event: [...SEARCH_SYNC_EVENTS] }
