"use client"

import { returnGoods } from "@/lib/data/staff-actions"
import { keepInputs } from "@/lib/keep-inputs"
import { useStaffForm, type StaffFormProps } from "./use-staff-form"

export function ReturnForm({ lang, t, variantId }: StaffFormProps & { variantId: string }) {
  const f = useStaffForm(returnGoods)
  return (
    <form action={f.dispatch} onSubmit={keepInputs(f.dispatch)} className="inline-form">
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="variant_id" value={variantId} />
      <label>
        {t.product.quantity}
        <input name="quantity" type="number" min={1} defaultValue={1} required />
      </label>
      <label>
        {t.staff.reason}
        <select name="reason">
          {(["unsold", "near_best_before", "damaged"] as const).map((r) => (
            <option key={r} value={r}>
              {t.staff.returnReasons[r]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={f.pending}>
        {t.staff.doReturn}
      </button>
      {f.message}
    </form>
  )
}
