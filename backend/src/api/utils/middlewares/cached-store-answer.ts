import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  AnswerParts,
  lookupStoreAnswer,
  StoreAnswer,
  storeAnswerOf,
  StoreAnswerTicket,
  storeStoreAnswer,
} from "../store-answer-cache"

/** Does the request's If-None-Match name this ETag (a list, or "*")? */
function matches(req: MedusaRequest, etag: string) {
  const header = req.get("if-none-match")
  if (!header) return false
  return header
    .split(",")
    .map((t) => t.trim().replace(/^W\//, ""))
    .some((t) => t === etag || t === "*")
}

/**
 * Sends an answer: 304 when the shopper already holds it (If-None-Match), its
 * kept gzip bytes when there are some and the client takes gzip, else the JSON. `no-cache`:
 * a browser must ask again each time, so it never shows an answer that has
 * changed; the ETag makes asking cheap when nothing did.
 */
function send(req: MedusaRequest, res: MedusaResponse, answer: StoreAnswer, cache: "hit" | "miss") {
  res.setHeader("x-ocop-cache", cache)
  res.setHeader("etag", answer.etag)
  res.setHeader("cache-control", "no-cache")
  res.vary("Accept-Encoding") // added to what is there (CORS's Origin), not in its place
  if (matches(req, answer.etag)) {
    res.status(304).end()
    return
  }
  res.type("application/json")
  // without Accept-Encoding a client takes the JSON as it is
  if (answer.gzip && req.get("accept-encoding") && req.acceptsEncodings("gzip") === "gzip") {
    res.setHeader("content-encoding", "gzip")
    res.send(answer.gzip)
    return
  }
  res.send(answer.body)
}

/**
 * A GET answered from the store answer cache (api/utils/store-answer-cache)
 * when nothing under the answer changed; otherwise the route answers and the
 * answer is kept. Runs before the route's other middlewares, so a hit costs one
 * read of the shared version. Not cached: a signed-in customer (prices of
 * their groups) and a cart's pricing (the cart can change region), which go to
 * the route every time. `partsOf`: what the answer at that address is made of
 * besides the catalogue (stock, which orders and intakes change; the search index).
 */
const tickets = new WeakMap<MedusaRequest, StoreAnswerTicket>()

/** The catalogue token a cached route read for this request (undefined on a route the cache does not answer). */
export const catalogueTokenOf = (req: MedusaRequest) => tickets.get(req)?.catalogue

function answerFromCache(partsOf: (url: string) => AnswerParts) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    if (req.method !== "GET" || req.headers.authorization || req.headers.cookie || "cart_id" in (req.query ?? {})) {
      return next()
    }
    const url = req.originalUrl
    const key = [url, req.get("x-publishable-api-key") ?? "", req.get("x-medusa-locale") ?? ""].join("\n")
    let found
    try {
      found = await lookupStoreAnswer(req.scope, key, partsOf(url))
    } catch (e) {
      return next(e)
    }
    if ("answer" in found) return send(req, res, found.answer, "hit")
    const { ticket } = found
    tickets.set(req, ticket)
    const json = res.json.bind(res)
    res.json = ((body: unknown) => {
      if (res.statusCode !== 200) return json(body)
      const answer = storeAnswerOf(JSON.stringify(body))
      storeStoreAnswer(ticket, answer)
      send(req, res, answer, "miss")
      return res
    }) as typeof res.json
    next()
  }
}

/** GET /store/products, /store/products/:id and /store/regions: the stock counts only when the answer shows inventory. */
export const cachedStoreAnswer = answerFromCache((url) => ({ stock: /inventory_quantity/.test(url) }))

/** GET /store/ocop/products/:id/availability: units online and at each showroom, so always the stock too. */
export const cachedAvailabilityAnswer = answerFromCache(() => ({ stock: true }))

/** GET /store/ocop/product-pages/:handle: the product, where it can be had (stock) and its reviews. */
export const cachedProductPageAnswer = answerFromCache(() => ({ stock: true, reviews: true }))

/**
 * GET /store/ocop/search: hits, total and facets come from the index (its own
 * token), checked against the rule's tables (the catalogue). Stock and ratings
 * shown are the index's, so they change with it. `took_ms` is the time the
 * answer took when it was made.
 */
export const cachedSearchAnswer = answerFromCache(() => ({ search: true }))
