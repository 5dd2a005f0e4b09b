import { createHash } from "node:crypto"
import { gzip } from "node:zlib"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  ensureStoreVersionTriggers,
  nextTimedChange,
  readStoreVersion,
  StoreVersion,
} from "../../medusa-tables/store-version"
import { freshReads } from "./fresh-reads"

/*
 * Store product answers (the JSON Medusa and the rule made), reused while
 * nothing under them changed. What decides "changed" is shared by every
 * process: the version PostgreSQL moves at each commit that touches the
 * catalogue or the stock (medusa-tables/store-version.ts), read at each
 * request, and the next instant an answer changes by itself (a certificate
 * expiry, a price list's start or end). So an entry may live in this
 * process's memory: it is never served once any process changed what it holds.
 */

const MAX_ENTRIES = 2000
const MAX_BYTES = 64 * 1024 * 1024

/**
 * An answer as it is sent: the JSON with the strong ETag of its bytes (for a
 * shopper's conditional request) and, from its first hit on, the same bytes
 * gzipped (a page of 12 with prices is about 71 KB of JSON and 8 KB gzipped, so
 * a hit neither compresses again nor sends 71 KB to a client that takes gzip).
 */
export type StoreAnswer = { body: string; etag: string; gzip?: Buffer }
type Entry = StoreAnswer & { version: string; validUntil: number }

const entries = new Map<string, Entry>()
let bytes = 0
let triggers: number | null = null
let timed: { catalogue: string; next: number | null } | null = null

function drop(key: string) {
  const e = entries.get(key)
  if (!e) return
  bytes -= e.body.length + (e.gzip?.length ?? 0)
  entries.delete(key)
}

/** What a miss stores its answer with; `catalogue` is the token read for it, for the rest of that request. */
export type StoreAnswerTicket = { key: string; version: string; validUntil: number; catalogue: string }

// one shared reader of the tokens per database connection pool (one per process, but a test may boot another)
const readers = new WeakMap<object, () => Promise<StoreVersion>>()

/**
 * What an answer is made of besides the catalogue (always): the stock when it
 * shows stock, the search index when it is a search's answer, the reviews when
 * it shows a product's rating and reviews.
 */
export type AnswerParts = { stock?: boolean; search?: boolean; reviews?: boolean }

/** The version an answer made of `parts` belongs to now. */
async function currentVersion(container: MedusaContainer, parts: AnswerParts) {
  const pool = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as object
  let versionNow = readers.get(pool)
  if (!versionNow) readers.set(pool, (versionNow = freshReads(() => readStoreVersion(container))))
  let v: StoreVersion = await versionNow()
  if (v.triggers !== triggers) {
    triggers = await ensureStoreVersionTriggers(container)
    v = await readStoreVersion(container)
  }
  const version = [
    v.catalogue,
    parts.stock ? v.stock : "",
    parts.search ? v.search : "",
    parts.reviews ? v.reviews : "",
  ].join(":")
  return { v, version }
}

/** The cached answer to `key` if it is still exact now, else a ticket to store the answer about to be made. */
export async function lookupStoreAnswer(
  container: MedusaContainer,
  key: string,
  parts: AnswerParts
): Promise<{ answer: StoreAnswer } | { ticket: StoreAnswerTicket }> {
  const now = Date.now()
  const { v, version } = await currentVersion(container, parts)
  const hit = entries.get(key)
  if (hit && hit.version === version && now < hit.validUntil) {
    // most recently used last, so the oldest unused go first
    entries.delete(key)
    entries.set(key, hit)
    if (!hit.gzip) compressLater(key, hit)
    return { answer: hit }
  }
  return {
    ticket: { key, version, validUntil: await nextChangeAt(container, v.catalogue, now), catalogue: v.catalogue },
  }
}

const compressing = new WeakSet<Entry>()

/**
 * An entry's gzip, made off the request (zlib's thread pool) at its first hit
 * and joined to it when ready: an answer never asked again (a page nobody
 * repeats) costs no compression, and until then a hit sends the JSON.
 */
function compressLater(key: string, entry: Entry) {
  if (compressing.has(entry)) return
  compressing.add(entry)
  gzip(entry.body, (err, compressed) => {
    if (err || entries.get(key) !== entry) return // failed, or the entry went meanwhile: JSON it stays
    entry.gzip = compressed
    bytes += compressed.length
  })
}

/**
 * What a storefront page made of store answers (products, stock, reviews,
 * search hits) is exact for: one token of all four versions, read now, the
 * instant it ends by itself (null: none) and this clock's now. The storefront's page cache
 * keys its pages on it (storefront/server/page-cache.ts). `version_without_stock` leaves the
 * stock out, for the pages that show no stock counts (home, search, provinces, producers): their
 * in-stock marks are the search index's, so an order that leaves every product in stock keeps them.
 */
export async function pageVersion(
  container: MedusaContainer
): Promise<{ version: string; version_without_stock: string; valid_until: number | null; now: number }> {
  const now = Date.now()
  const { v } = await currentVersion(container, { stock: true, search: true })
  const until = await nextChangeAt(container, v.catalogue, now)
  return {
    version: [v.catalogue, v.stock, v.reviews, v.search].join(":"),
    version_without_stock: [v.catalogue, v.reviews, v.search].join(":"),
    valid_until: Number.isFinite(until) ? until : null,
    now,
  }
}

/** The next instant after `now` at which the catalogue changes by itself, for this catalogue token. */
async function nextChangeAt(container: MedusaContainer, catalogue: string, now: number): Promise<number> {
  if (!timed || timed.catalogue !== catalogue || (timed.next !== null && now >= timed.next)) {
    timed = { catalogue, next: await nextTimedChange(container, new Date(now)) }
  }
  return timed.next ?? Infinity
}

const derived = new Map<string, { catalogue: string; validUntil: number; value: Promise<unknown> }>()

/**
 * A value computed from the catalogue alone (the products the rule keeps off
 * sale), computed again only when the catalogue token changes or its next
 * timed change comes: exact at each call, like the answers.
 */
export async function onCatalogue<T>(
  container: MedusaContainer,
  name: string,
  compute: () => Promise<T>,
  /** the catalogue token this request already read (its ticket), so it is not read twice */
  catalogue?: string
): Promise<T> {
  const now = Date.now()
  const token = catalogue ?? (await currentVersion(container, {})).v.catalogue
  const known = derived.get(name)
  if (known && known.catalogue === token && now < known.validUntil) return known.value as Promise<T>
  const validUntil = await nextChangeAt(container, token, now)
  const value = compute()
  derived.set(name, { catalogue: token, validUntil, value })
  value.catch(() => derived.get(name)?.value === value && derived.delete(name))
  return value
}

/** The answer made for `body`, as it is sent at once. */
export function storeAnswerOf(body: string): StoreAnswer {
  return { body, etag: `"${createHash("sha1").update(body).digest("base64url")}"` }
}

/**
 * Keeps an answer, as JSON (its gzip comes at its first hit). The entry
 * carries the version and expiry read before the answer was made: a change
 * committed meanwhile makes it miss, never answer.
 */
export function storeStoreAnswer(ticket: StoreAnswerTicket, answer: StoreAnswer) {
  if (answer.body.length > MAX_BYTES / 16) return
  drop(ticket.key)
  entries.set(ticket.key, { ...answer, version: ticket.version, validUntil: ticket.validUntil })
  bytes += answer.body.length
  while (entries.size > MAX_ENTRIES || bytes > MAX_BYTES) drop(entries.keys().next().value!)
}
