"use client"

import { useState } from "react"
import { counterSale } from "@/lib/data/staff-actions"
import { keepInputs } from "@/lib/keep-inputs"
import { useStaffForm, type StaffFormProps, type Line } from "./use-staff-form"
import { linesJson, ScanLines } from "./scan-lines"

/** A fresh key for each sale on this screen (randomUUID needs https, a shop LAN may be plain http). */
const saleKey = () => `pos-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`

export function CounterSaleForm({ lang, t }: StaffFormProps) {
  const f = useStaffForm(counterSale, t.staff.print, lang)
  const [lines, setLines] = useState<Line[]>([])
  // one key per sale: a double click or a resend records it once; a recorded sale turns the key over
  const [key, setKey] = useState(saleKey)
  const recorded = f.state.ok ? f.state.receipt : undefined
  // a new receipt turns the key over, during render (React's pattern for state that follows a prop)
  const [keyedReceipt, setKeyedReceipt] = useState(recorded)
  if (recorded !== keyedReceipt) {
    setKeyedReceipt(recorded)
    if (recorded) setKey(saleKey())
  }
  const total = lines.reduce((n, l) => n + (l.price ?? 0) * l.quantity, 0)
  return (
    <form action={f.dispatch} onSubmit={keepInputs(f.dispatch)} className="stack" aria-labelledby="pos">
      <h2 id="pos">{t.staff.sale}</h2>
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="lines" value={linesJson(lines)} />
      <input type="hidden" name="client_reference" value={key} />
      <ScanLines t={t.staff} lines={lines} setLines={setLines} id="pos" />
      <p className="total-row" data-testid="pos-total">
        {new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB").format(total)} ₫
      </p>
      <fieldset>
        <legend>{t.staff.payment}</legend>
        {(["cash", "card", "bank_transfer"] as const).map((m, i) => (
          <label key={m} className="radio">
            <input type="radio" name="payment_method" value={m} defaultChecked={i === 0} /> {t.staff.payments[m]}
          </label>
        ))}
      </fieldset>
      {f.message}
      <button type="submit" className="primary" disabled={f.pending || !lines.length}>
        {t.staff.sell}
      </button>
    </form>
  )
}
