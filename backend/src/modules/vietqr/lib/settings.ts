import { Banks } from "vietnam-qr-pay"

/** The account shoppers pay into, from the environment; null when VietQR is not configured. */
export type VietQrSettings = {
  bankBin: string
  bankName: string
  accountNo: string
  accountName: string
  paymentHours: number
}

const DEFAULT_PAYMENT_HOURS = 24

/**
 * VIETQR_BANK_BIN (the bank's 6-digit Napas BIN), VIETQR_ACCOUNT_NO and
 * VIETQR_ACCOUNT_NAME; VIETQR_PAYMENT_HOURS (default 24) is how long an order
 * waits for its transfer. Read when called, so the provider, the routes and
 * the deadline job agree on one account.
 */
export function vietQrSettings(env: NodeJS.ProcessEnv = process.env): VietQrSettings | null {
  const bankBin = env.VIETQR_BANK_BIN?.trim()
  const accountNo = env.VIETQR_ACCOUNT_NO?.trim()
  const accountName = env.VIETQR_ACCOUNT_NAME?.trim()
  if (!bankBin || !accountNo || !accountName) return null
  if (!/^\d{6}$/.test(bankBin)) throw new Error(`VIETQR_BANK_BIN must be a 6-digit Napas BIN (got "${bankBin}")`)
  if (!/^[0-9A-Za-z]{1,19}$/.test(accountNo))
    throw new Error("VIETQR_ACCOUNT_NO must be 1 to 19 letters or digits (a bank account number)")
  const hours = env.VIETQR_PAYMENT_HOURS ? Number(env.VIETQR_PAYMENT_HOURS) : DEFAULT_PAYMENT_HOURS
  if (!(hours > 0 && hours <= 24 * 30))
    throw new Error("VIETQR_PAYMENT_HOURS must be a number of hours, 30 days at most")
  const bank = Banks.find((b) => b.bin === bankBin)
  return { bankBin, bankName: bank?.shortName ?? bankBin, accountNo, accountName, paymentHours: hours }
}
