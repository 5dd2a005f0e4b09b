"use client"

import { createSettlement } from "@/lib/data/staff-actions"
import { keepInputs } from "@/lib/keep-inputs"
import { useStaffForm, type StaffFormProps } from "./use-staff-form"

export function SettlementForm({ lang, t, producers }: StaffFormProps & { producers: { id: string; name: string }[] }) {
  const f = useStaffForm(createSettlement)
  return (
    <form action={f.dispatch} onSubmit={keepInputs(f.dispatch)} className="inline-form" aria-label={t.staff.settle}>
      <input type="hidden" name="lang" value={lang} />
      <label>
        {t.staff.producer}
        <select name="producer_id">
          {producers.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.staff.from}
        <input name="from" type="date" required />
      </label>
      <label>
        {t.staff.to}
        <input name="to" type="date" required />
      </label>
      <button type="submit" className="primary" disabled={f.pending}>
        {t.staff.settle}
      </button>
      {f.message}
    </form>
  )
}
