import { createHash } from "node:crypto"
import { gunzipSync, gzip } from "node:zlib"

/*
 * Pages of the catalogue as they were sent, kept under the version of what
 * they show (server/page-version.ts). The version is read from the backend at
 * each request and every process reads the same one, so an entry may live in
 * this process's memory: it is never served once any process changed a
 * product, a price, stock, a review or the search index, nor after the instant
 * its content ends by itself (a certificate's expiry).
 */

const MAX_ENTRIES = 1000
const MAX_BYTES = 96 * 1024 * 1024

/** A page as Next sent it: status 200, its headers (no cookie), its bytes plain or gzipped, or both. */
export type KeptPage = {
  headers: Record<string, string | string[]>
  plain?: Buffer
  gzip?: Buffer
  etag: string
}
type Entry = KeptPage & { version: string; validUntil: number }

const entries = new Map<string, Entry>()
let bytes = 0

const sizeOf = (e: Entry) => (e.plain?.length ?? 0) + (e.gzip?.length ?? 0)

function drop(key: string) {
  const e = entries.get(key)
  if (!e) return
  bytes -= sizeOf(e)
  entries.delete(key)
}

/** The page kept for `key` if it belongs to `version` and `now` (the backend's clock) is before its end. */
export function keptPage(key: string, version: string, now: number): KeptPage | null {
  const hit = entries.get(key)
  if (!hit || hit.version !== version || now >= hit.validUntil) return null
  // most recently used last, so the oldest unused go first
  entries.delete(key)
  entries.set(key, hit)
  return hit
}

/** A page's plain bytes, from its gzip the first time a client without gzip asks. */
export function plainOf(key: string, page: KeptPage): Buffer {
  if (!page.plain) {
    page.plain = gunzipSync(page.gzip!)
    if (entries.get(key) === page) bytes += page.plain.length
  }
  return page.plain
}

const compressing = new WeakSet<KeptPage>()

/** A page's gzip made off the request (zlib's thread pool) at its first hit, joined when ready. */
export function compressLater(key: string, page: KeptPage) {
  if (page.gzip || compressing.has(page)) return
  compressing.add(page)
  gzip(page.plain!, (err, compressed) => {
    if (err || entries.get(key) !== page) return
    page.gzip = compressed
    bytes += compressed.length
  })
}

/**
 * Keeps a page under the version and end read before it was rendered: a
 * change committed while it rendered makes it miss, never answer.
 */
export function keepPage(
  key: string,
  page: { headers: KeptPage["headers"]; body: Buffer; gzipped: boolean },
  version: string,
  validUntil: number
) {
  if (page.body.length > MAX_BYTES / 32) return
  drop(key)
  const entry: Entry = {
    headers: page.headers,
    ...(page.gzipped ? { gzip: page.body } : { plain: page.body }),
    // weak: the same page whether sent plain or gzipped
    etag: `W/"${createHash("sha1").update(page.body).digest("base64url")}"`,
    version,
    validUntil,
  }
  entries.set(key, entry)
  bytes += sizeOf(entry)
  while (entries.size > MAX_ENTRIES || bytes > MAX_BYTES) drop(entries.keys().next().value!)
}
