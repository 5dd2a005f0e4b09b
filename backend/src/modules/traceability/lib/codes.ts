import { randomInt } from "node:crypto"

/** Crockford's base 32: no I, L, O or U, so a code read aloud or retyped is not misread. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
/** 12 symbols: 60 random bits per code, drawn by the operating system's CSPRNG, never a counter. */
export const CODE_LENGTH = 12

export function newTraceCode(): string {
  let code = ""
  for (let i = 0; i < CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)]
  return code
}

/** The short code printed under a QR: "7KQ2-M9XD-4FTR". */
export function formatTraceCode(code: string): string {
  return code.match(/.{1,4}/g)!.join("-")
}

/** What someone typed or scanned, back to a stored code: case, dashes and spaces ignored, O read as 0, I and L as 1. */
export function normalizeTraceCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1")
    .slice(0, 64)
}
