import crypto from "node:crypto"

/**
 * An unsubscribe link's token: the address and category, signed with HMAC-SHA256
 * (base64url "<payload>.<signature>"), so the link works without logging in and
 * cannot be forged for another address or category. It does not expire: an old
 * email's link must keep working.
 */
export type UnsubscribeClaim = { email: string; category: string }

const sign = (payload: string, secret: string) =>
  crypto.createHmac("sha256", secret).update(payload).digest("base64url")

export function unsubscribeToken(claim: UnsubscribeClaim, secret: string): string {
  const payload = Buffer.from(JSON.stringify({ e: claim.email.toLowerCase(), c: claim.category })).toString("base64url")
  return `${payload}.${sign(payload, secret)}`
}

/** The claim of a genuine token, else null. */
export function verifyUnsubscribeToken(token: string, secret: string): UnsubscribeClaim | null {
  const [payload, signature, extra] = String(token).split(".")
  if (!payload || !signature || extra !== undefined) return null
  const expected = Buffer.from(sign(payload, secret))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null
  try {
    const { e, c } = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"))
    return typeof e === "string" && typeof c === "string" ? { email: e, category: c } : null
  } catch {
    return null
  }
}
