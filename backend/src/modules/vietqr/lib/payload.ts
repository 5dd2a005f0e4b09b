import { QRPay } from "vietnam-qr-pay"

/** Banking apps take an ASCII message of at most 25 characters (Napas tag 62, sub-tag 08). */
export const MESSAGE_MAX = 25
/** Tag 54 (amount) holds at most 13 characters. */
export const AMOUNT_MAX = 9_999_999_999_999

/** A transfer message banking apps accept: no diacritics (đ as d), letters, digits and spaces only, 25 at most. */
export function transferMessage(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MESSAGE_MAX)
    .trim()
}

/**
 * The Napas VietQR (EMVCo merchant-presented) payload of one transfer: tag 38
 * with the Napas GUID, the bank's BIN and the account, service QRIBFTTA (to
 * an account); 53 currency 704 (VND); 54 the amount in whole dong; 58 VN; 62
 * the message; 63 the CRC-16/CCITT-FALSE. Built by vietnam-qr-pay.
 */
export function vietQrPayload(input: { bankBin: string; accountNo: string; amount: number; message: string }): string {
  if (!Number.isSafeInteger(input.amount) || input.amount <= 0 || input.amount > AMOUNT_MAX) {
    throw new Error(`VietQR amounts are whole dong from 1 to ${AMOUNT_MAX}; got ${input.amount}`)
  }
  const message = transferMessage(input.message)
  return QRPay.initVietQR({
    bankBin: input.bankBin,
    bankNumber: input.accountNo,
    amount: String(input.amount),
    purpose: message,
  }).build()
}
