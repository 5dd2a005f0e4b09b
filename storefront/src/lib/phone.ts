/**
 * A Vietnamese phone number as the backend accepts it (modules/ocop/lib/phone.ts):
 * a mobile (03, 05, 07, 08, 09) or a landline (02), with 0 or +84; returned as 0XXXXXXXXX, or null.
 */
export function normalisePhone(text: string): string | null {
  const digits = text.trim().replace(/[\s.()-]/g, "")
  const national = digits.replace(/^(\+84|84)(?=\d{9,10}$)/, "0")
  return /^0(?:[35789]\d{8}|2\d{9})$/.test(national) ? national : null
}
