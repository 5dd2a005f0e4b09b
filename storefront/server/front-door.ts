import type { IncomingMessage, ServerResponse } from "node:http"
import { pageKey, showsStockCounts } from "./cacheable"
import { compressLater, plainOf, keepPage, keptPage, type KeptPage } from "./page-cache"
import { readPageVersion } from "./page-version"
import { PAGE_VERSION_HEADER } from "../src/lib/kept-per-version"

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>

/** Headers a kept page is not sent with again: they belong to one response. */
const ONE_RESPONSE = new Set([
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  "etag",
  "cache-control",
  "set-cookie",
  "x-ocop-page-cache",
])

const acceptsGzip = (req: IncomingMessage) => /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))

function notModified(req: IncomingMessage, etag: string) {
  const header = req.headers["if-none-match"]
  return !!header && header.split(",").some((t) => t.trim() === etag || t.trim() === "*")
}

/**
 * A kept page: 304 when the browser holds it, else its gzip or HTML. `no-cache`
 * with the ETag: a browser asks each time and gets 304 while nothing changed;
 * `private`: a shared cache must not hand it to a shopper whose cookies change it.
 */
function sendKept(req: IncomingMessage, res: ServerResponse, key: string, page: KeptPage) {
  for (const [name, value] of Object.entries(page.headers)) res.setHeader(name, value)
  res.setHeader("x-ocop-page-cache", "hit")
  res.setHeader("etag", page.etag)
  res.setHeader("cache-control", "private, no-cache")
  if (notModified(req, page.etag)) {
    res.statusCode = 304
    res.end()
    return
  }
  res.statusCode = 200
  if (acceptsGzip(req) && page.gzip) {
    res.setHeader("content-encoding", "gzip")
    res.end(page.gzip)
    return
  }
  if (acceptsGzip(req)) compressLater(key, page)
  res.end(plainOf(key, page))
}

/**
 * Lets the response go to the shopper as Next writes it (streamed, compressed
 * by Next), and keeps a copy; at its end, a whole 200 page (HTML, or the RSC
 * payload of a click to it) that sets no cookie is kept.
 */
function keepWhenSent(res: ServerResponse, onPage: (page: Parameters<typeof keepPage>[1]) => void) {
  const chunks: Buffer[] = []
  const copy = (chunk: unknown, encoding?: unknown) => {
    if (chunk == null || typeof chunk === "function") return
    chunks.push(
      typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : Buffer.from(chunk as Uint8Array)
    )
  }
  const write = res.write
  const end = res.end
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    copy(chunk, rest[0])
    return (write as any).call(this, chunk, ...rest)
  } as typeof res.write
  res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    copy(chunk, rest[0])
    const encoding = String(res.getHeader("content-encoding") ?? "identity")
    if (
      res.statusCode === 200 &&
      !res.getHeader("set-cookie") &&
      /^text\/(html|x-component)/.test(String(res.getHeader("content-type") ?? "")) &&
      (encoding === "gzip" || encoding === "identity")
    ) {
      const headers: KeptPage["headers"] = {}
      for (const [name, value] of Object.entries(res.getHeaders()))
        if (value !== undefined && !ONE_RESPONSE.has(name))
          headers[name] = typeof value === "number" ? String(value) : value
      onPage({ headers, body: Buffer.concat(chunks), gzipped: encoding === "gzip" })
    }
    return (end as any).call(this, chunk, ...rest)
  } as typeof res.end
}

/**
 * In front of Next: a catalogue page anyone may see comes from the page cache
 * while its version is the backend's now; otherwise Next renders it (and it is
 * kept under the version read before the render began). Anything else, and
 * every request while the backend cannot say its version, goes to Next as is.
 */
export function frontDoor(next: Handler): Handler {
  return async (req, res) => {
    // only the version read here may reach the render (lib/kept-per-version), never a shopper's own
    delete req.headers[PAGE_VERSION_HEADER]
    const key = pageKey(req)
    if (!key) return next(req, res)
    let version
    try {
      version = await readPageVersion()
    } catch {
      return next(req, res)
    }
    const token = showsStockCounts(req.url!) ? version.version : version.withoutStock
    const page = keptPage(key, token, version.now)
    if (page) return sendKept(req, res, key, page)
    res.setHeader("x-ocop-page-cache", "miss")
    req.headers[PAGE_VERSION_HEADER] = version.version
    keepWhenSent(res, (sent) => keepPage(key, sent, token, version.validUntil))
    return next(req, res)
  }
}
