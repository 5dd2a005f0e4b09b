"use client"

import { registerLot } from "@/lib/data/trace-actions"
import { useActionForm } from "@/modules/common/components/use-action-form"
import type { Lang } from "@/lib/i18n"
import type { TraceText } from "../i18n"

/** A new production lot of one of the producer's products on sale. */
export function RegisterLotForm({
  products,
  lang,
  t,
}: {
  products: { id: string; title: string }[]
  lang: Lang
  t: TraceText
}) {
  const f = useActionForm(registerLot, "lot-message")
  if (!products.length) return <p className="muted">{t.noProducts}</p>
  return (
    <form action={f.dispatch} className="stack" aria-labelledby="register-lot" data-testid="register-lot">
      <h3 id="register-lot">{t.register}</h3>
      <input type="hidden" name="lang" value={lang} />
      <label>
        {t.product}
        <select name="product_id" required>
          {products.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.lotCode}
        <input name="lot_code" required maxLength={40} pattern="[\p{L}\p{N}._/\-]+" />
      </label>
      <label>
        {t.producedOn}
        <input name="produced_on" type="date" required />
      </label>
      <label>
        {t.bestBefore}
        <input name="best_before" type="date" required />
      </label>
      <label>
        {t.quantity}
        <input name="quantity" type="number" min={1} max={1000000} required />
      </label>
      <label>
        {t.notes}
        <textarea name="notes" maxLength={1000} rows={2} />
      </label>
      <fieldset>
        <legend>{t.stampMode}</legend>
        <label className="radio">
          <input type="radio" name="stamp_mode" value="unit" defaultChecked /> {t.perUnit}
        </label>
        <label className="radio">
          <input type="radio" name="stamp_mode" value="lot" /> {t.perLot}
        </label>
      </fieldset>
      {f.message}
      <button type="submit" className="primary" disabled={f.pending}>
        {t.submit}
      </button>
    </form>
  )
}
