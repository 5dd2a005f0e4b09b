import crypto from "node:crypto"

/**
 * An order's payment reference, written in the transfer message: "OCOP", 7
 * random characters and a check character, from an alphabet without I, O, 0
 * and 1 (read aloud or retyped without confusion). The check character tells
 * a mistyped or altered reference from another order's.
 */
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
const PREFIX = "OCOP"
const BODY = 7

function checkChar(body: string): string {
  let sum = 0
  for (let i = 0; i < body.length; i++) sum += (i + 1) * ALPHABET.indexOf(body[i])
  return ALPHABET[sum % ALPHABET.length]
}

export function newPaymentReference(): string {
  const bytes = crypto.randomBytes(BODY)
  const body = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join("")
  return PREFIX + body + checkChar(body)
}

export function isPaymentReference(text: string): boolean {
  const m = new RegExp(`^${PREFIX}([${ALPHABET}]{${BODY}})([${ALPHABET}])$`).exec(text)
  return !!m && checkChar(m[1]) === m[2]
}

/**
 * References found in a transfer's message. Banks rewrite messages (upper
 * case, spaces and dashes dropped, their own prefix added), so the message is
 * compared without anything but letters and digits. `altered` holds what
 * looks like a reference but fails its check.
 */
export function referencesIn(message: string): { valid: string[]; altered: string[] } {
  const text = message.toUpperCase().replace(/[^A-Z0-9]/g, "")
  const valid = new Set<string>()
  const altered = new Set<string>()
  for (const m of text.matchAll(new RegExp(`${PREFIX}[A-Z0-9]{${BODY + 1}}`, "g"))) {
    ;(isPaymentReference(m[0]) ? valid : altered).add(m[0])
  }
  return { valid: [...valid], altered: [...altered] }
}
