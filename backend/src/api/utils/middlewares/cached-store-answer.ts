import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { lookupStoreAnswer, storeStoreAnswer } from "../store-answer-cache"

/**
 * GET /store/products and /store/products/:id answered from the store answer
 * cache (api/utils/store-answer-cache) when nothing under the answer changed;
 * otherwise Medusa and the rule answer and the answer is kept. Runs before
 * Medusa's own middlewares, so a hit costs one read of the shared version.
 * Not cached: a signed-in customer (prices of their groups) and a cart's
 * pricing (the cart can change region), which go to Medusa every time.
 */
export async function cachedStoreAnswer(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method !== "GET" || req.headers.authorization || req.headers.cookie || "cart_id" in (req.query ?? {})) {
    return next()
  }
  const url = req.originalUrl
  const key = [url, req.get("x-publishable-api-key") ?? "", req.get("x-medusa-locale") ?? ""].join("\n")
  let found
  try {
    found = await lookupStoreAnswer(req.scope, key, /inventory_quantity/.test(url))
  } catch (e) {
    return next(e)
  }
  if ("body" in found) {
    res.setHeader("x-ocop-cache", "hit")
    res.type("application/json").send(found.body)
    return
  }
  const { ticket } = found
  const json = res.json.bind(res)
  res.json = ((body: unknown) => {
    if (res.statusCode !== 200) return json(body)
    const text = JSON.stringify(body)
    storeStoreAnswer(ticket, text)
    res.setHeader("x-ocop-cache", "miss")
    return res.type("application/json").send(text)
  }) as typeof res.json
  next()
}
