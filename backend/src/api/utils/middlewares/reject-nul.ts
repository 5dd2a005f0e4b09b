import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

const NUL = "\u0000"

/** Whether a parsed body or query holds a NUL character in any key or string (iteratively: hostile JSON can nest deep). */
function holdsNul(root: unknown): boolean {
  const stack: unknown[] = [root]
  while (stack.length) {
    const value = stack.pop()
    if (typeof value === "string") {
      if (value.includes(NUL)) return true
    } else if (Array.isArray(value)) {
      stack.push(...value)
    } else if (value && typeof value === "object" && !Buffer.isBuffer(value)) {
      for (const [key, child] of Object.entries(value)) {
        if (key.includes(NUL)) return true
        stack.push(child)
      }
    }
  }
  return false
}

/**
 * PostgreSQL text cannot hold a NUL character (U+0000): a name, an id or a
 * search term carrying one made the database refuse the statement and the
 * route answer 500. No text of this marketplace has a use for it, so a
 * request with one in its path, query or body is refused with a 400 first.
 */
export function rejectNulCharacters(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  // search strips control characters from what is typed (its contract: a pasted "\u0000keo" finds keo)
  if ((req.originalUrl ?? "").split("?")[0] === "/store/ocop/search") return next()
  if (/%00/i.test(req.originalUrl ?? req.url ?? "") || holdsNul(req.query) || holdsNul(req.body)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Dữ liệu chứa ký tự NUL (\\u0000) không hợp lệ (text must not contain NUL characters)"
    )
  }
  next()
}
