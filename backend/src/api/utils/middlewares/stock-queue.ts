import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { inventoryItemsOfCartLines } from "../../../medusa-tables/cart-at-completion"
import { inventoryItemsOf } from "../../../workflows/consignment/utils/pickup"

// How long a checkout or counter sale may wait its turn for the same goods.
const QUEUE_TIMEOUT_SECONDS = 120
// How long a turn outlives a server that died holding it (Redis only: the
// provider renews the lease every third of it while the holder lives; on
// PostgreSQL the lock ends with the dead server's connection). Medusa's
// default, 60 s, held every checkout of those goods for a minute after a crash.
const TURN_LEASE_SECONDS = 10

// This process's requests for the same goods, one behind the other, before
// the shared lock: on PostgreSQL a lock waiter holds a pooled connection
// while it waits, and 50 waiters would take the whole pool from the one
// holding the lock. The order between processes is still the shared lock's.
const lines = new Map<string, Promise<unknown>>()
function inLine<T>(key: string, job: () => Promise<T>): Promise<T> {
  const before = lines.get(key) ?? Promise.resolve()
  const turn = before.then(job, job)
  const tail = turn.catch(() => {})
  lines.set(key, tail)
  void tail.then(() => {
    if (lines.get(key) === tail) lines.delete(key)
  })
  return turn
}

/**
 * Takes turns, per inventory item, for requests that take stock: checkouts
 * (POST /store/carts/:id/complete) and counter sales. Medusa's reservation
 * step waits only 5 s for its lock on the item, so 50 shoppers going for the
 * last units at once left most of them with a 500 ("Timed-out acquiring
 * lock") instead of an order or "sold out". Queued here first (Medusa's
 * locking module, under keys of our own), each request meets an uncontended
 * lock, and the ones after the last unit are told it is sold out.
 */
function queueByInventoryItems(inventoryItemIdsOf: (req: MedusaRequest) => Promise<string[]>) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    let keys: string[]
    try {
      keys = [...new Set((await inventoryItemIdsOf(req)).map((id) => `stock-queue:${id}`))].sort()
    } catch (e) {
      return next(e)
    }
    if (!keys.length) return next()
    const locking = req.scope.resolve(Modules.LOCKING)
    try {
      await inLine(keys.join(","), () =>
        locking.execute(
          keys,
          () =>
            new Promise<void>((done) => {
              // the turn lasts until the answer has gone out
              res.once("finish", done)
              res.once("close", done)
              next()
            }),
          { timeout: QUEUE_TIMEOUT_SECONDS, expire: TURN_LEASE_SECONDS }
        )
      )
    } catch {
      if (res.headersSent) return
      next(
        new MedusaError(
          MedusaError.Types.CONFLICT,
          "Rất nhiều người đang mua sản phẩm này cùng lúc, vui lòng thử lại sau giây lát (too many buyers at once, please try again)"
        )
      )
    }
  }
}

/** The cart's inventory items, in one query. */
const inventoryItemsOfCart = (req: MedusaRequest) => inventoryItemsOfCartLines(req.scope, req.params.id)

async function inventoryItemsOfSale(req: MedusaRequest): Promise<string[]> {
  const items = await inventoryItemsOf(
    req.scope,
    ((req.validatedBody as any)?.lines ?? []).map((l: any) => l.variant_id)
  )
  return [...items.values()].map((i) => i.inventory_item_id)
}

export const queueCheckout = queueByInventoryItems(inventoryItemsOfCart)
export const queueCounterSale = queueByInventoryItems(inventoryItemsOfSale)
