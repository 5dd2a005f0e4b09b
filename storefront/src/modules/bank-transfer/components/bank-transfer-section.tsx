import QRCode from "qrcode"
import type { Lang } from "@/lib/i18n"
import { getBankTransfer } from "@/lib/data/bank-transfer"
import { BankTransferLive } from "./bank-transfer-live"

/** An order's bank transfer, drawn on the server (the QR code included) and kept up to date in the browser. */
export async function BankTransferSection({ orderId, lang }: { orderId: string; lang: Lang }) {
  const state = await getBankTransfer(orderId)
  if (!state) return null
  const svg = state.qr_payload
    ? await QRCode.toString(state.qr_payload, { type: "svg", margin: 2, width: 240, errorCorrectionLevel: "M" })
    : null
  return <BankTransferLive orderId={orderId} lang={lang} initial={state} initialSvg={svg} />
}
