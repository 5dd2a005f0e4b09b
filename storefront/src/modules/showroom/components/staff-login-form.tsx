"use client"

import { staffLogin } from "@/lib/data/staff-actions"
import { keepInputs } from "@/lib/keep-inputs"
import { useStaffForm, type StaffFormProps } from "./use-staff-form"

export function StaffLoginForm({ lang, t }: StaffFormProps) {
  const f = useStaffForm(staffLogin)
  return (
    <form action={f.dispatch} onSubmit={keepInputs(f.dispatch)} className="stack" aria-labelledby="staff-login">
      <h2 id="staff-login">{t.staff.login}</h2>
      <input type="hidden" name="lang" value={lang} />
      <label>
        {t.checkout.email}
        <input name="email" type="email" autoComplete="username" required />
      </label>
      <label>
        {t.account.password}
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {f.message}
      <button type="submit" className="primary" disabled={f.pending}>
        {t.staff.login}
      </button>
    </form>
  )
}
