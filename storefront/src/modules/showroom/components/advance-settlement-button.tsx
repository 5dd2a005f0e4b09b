"use client"

import { advanceSettlement } from "@/lib/data/staff-actions"
import { useStaffForm } from "./use-staff-form"

export function AdvanceSettlementButton({
  lang,
  id,
  status,
  label,
}: {
  lang: string
  id: string
  status: "confirmed" | "paid"
  label: string
}) {
  const f = useStaffForm(advanceSettlement)
  return (
    <form action={f.dispatch} className="inline-form">
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="status" value={status} />
      <button type="submit" disabled={f.pending}>
        {label}
      </button>
      {f.message}
    </form>
  )
}
