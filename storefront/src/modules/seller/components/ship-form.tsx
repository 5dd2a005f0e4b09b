"use client"

import { shipLines } from "@/lib/data/seller-actions"
import { keepInputs } from "@/lib/keep-inputs"
import { useSellerForm, type SellerFormProps } from "./use-seller-form"

export function ShipForm({ lang, t, orderId }: SellerFormProps & { orderId: string }) {
  const f = useSellerForm(shipLines)
  return (
    <form action={f.dispatch} onSubmit={keepInputs(f.dispatch)} className="inline-form">
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="order_id" value={orderId} />
      <label>
        {t.seller.tracking}
        <input name="tracking_number" required pattern="[A-Za-z0-9-]{4,40}" />
      </label>
      <button type="submit" className="primary" disabled={f.pending}>
        {t.seller.markShipped}
      </button>
      {f.message}
    </form>
  )
}
