"use client"

import { acceptInvite } from "@/lib/data/seller-actions"
import { keepInputs } from "@/lib/keep-inputs"
import { useSellerForm, type SellerFormProps } from "./use-seller-form"

export function JoinForm({ lang, t, token }: SellerFormProps & { token: string }) {
  const f = useSellerForm(acceptInvite)
  return (
    <form action={f.dispatch} onSubmit={keepInputs(f.dispatch)} className="stack">
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="token" value={token} />
      <label>
        {t.seller.memberName}
        <input name="name" autoComplete="name" />
      </label>
      <label>
        {t.checkout.email}
        <input name="email" type="email" autoComplete="email" required />
      </label>
      <label>
        {t.account.password}
        <input name="password" type="password" autoComplete="new-password" minLength={8} required />
        {f.fieldError("password")}
      </label>
      {f.message}
      <button type="submit" className="primary" disabled={f.pending}>
        {t.seller.join}
      </button>
    </form>
  )
}
