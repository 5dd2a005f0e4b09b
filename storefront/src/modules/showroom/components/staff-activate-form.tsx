"use client"

import { staffActivate } from "@/lib/data/staff-actions"
import { keepInputs } from "@/lib/keep-inputs"
import { useStaffForm, type StaffFormProps } from "./use-staff-form"

export function StaffActivateForm({ lang, t, token }: StaffFormProps & { token: string }) {
  const f = useStaffForm(staffActivate)
  return (
    <form action={f.dispatch} onSubmit={keepInputs(f.dispatch)} className="stack" aria-labelledby="staff-activate">
      <h2 id="staff-activate">{t.staff.activate}</h2>
      <input type="hidden" name="lang" value={lang} />
      <label>
        {t.staff.token}
        <input name="token" defaultValue={token} required />
      </label>
      <label>
        {t.checkout.email}
        <input name="email" type="email" autoComplete="email" required />
      </label>
      <label>
        {t.account.password}
        <input name="password" type="password" autoComplete="new-password" minLength={8} required />
      </label>
      {f.message}
      <button type="submit" className="primary" disabled={f.pending}>
        {t.staff.activate}
      </button>
    </form>
  )
}
