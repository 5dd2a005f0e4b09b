"use client"

import { sellerLogin } from "@/lib/data/seller-actions"
import { keepInputs } from "@/lib/keep-inputs"
import { useSellerForm, type SellerFormProps } from "./use-seller-form"

export function SellerLoginForm({ lang, t }: SellerFormProps) {
  const f = useSellerForm(sellerLogin)
  return (
    <form action={f.dispatch} onSubmit={keepInputs(f.dispatch)} className="stack" aria-labelledby="seller-login">
      <h2 id="seller-login">{t.seller.login}</h2>
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
        {t.seller.login}
      </button>
    </form>
  )
}
