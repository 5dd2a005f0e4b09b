/**
 * A Vietnamese phone number: a mobile (03, 05, 07, 08, 09 and 8 digits) or a
 * landline (02 and 9 digits), written with 0 or +84/84, spaces, dots and
 * dashes allowed. Returns it as 0XXXXXXXXX, or null.
 */
export function normaliseVietnamesePhone(text: string): string | null {
  const digits = text.trim().replace(/[\s.()-]/g, "")
  const national = digits.replace(/^(\+84|84)(?=\d{9,10}$)/, "0")
  return /^0(?:[35789]\d{8}|2\d{9})$/.test(national) ? national : null
}
