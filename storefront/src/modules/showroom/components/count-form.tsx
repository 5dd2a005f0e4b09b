"use client"

import { countStock } from "@/lib/data/staff-actions"
import { keepInputs } from "@/lib/keep-inputs"
import { useStaffForm, type StaffFormProps } from "./use-staff-form"

export function CountForm({ lang, t, variantId }: StaffFormProps & { variantId: string }) {
  const f = useStaffForm(countStock)
  return (
    <form action={f.dispatch} onSubmit={keepInputs(f.dispatch)} className="inline-form">
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="variant_id" value={variantId} />
      <label>
        {t.staff.counted}
        <input name="counted" type="number" min={0} required />
      </label>
      <label>
        {t.staff.reason}
        <input name="reason" required minLength={3} maxLength={300} />
      </label>
      <button type="submit" disabled={f.pending}>
        {t.staff.doCount}
      </button>
      {f.message}
    </form>
  )
}
