import { sepay } from "./sepay"
import type { BankNotificationSource } from "./types"

/** The services that may notify us of transfers, by the name in /hooks/bank-transfer/<name>. */
export const BANK_NOTIFICATION_SOURCES: Record<string, BankNotificationSource<any>> = { sepay }

export type { BankNotificationSource, BankTransaction } from "./types"
