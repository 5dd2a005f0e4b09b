"use client"

import { useActionState } from "react"
import { register } from "@/lib/data/customer"
import { keepInputs } from "@/lib/keep-inputs"
import type { ActionState } from "@/lib/data/cart"
import type { Dictionary } from "@/lib/i18n"

export function RegisterForm({ lang, t }: { lang: string; t: Dictionary }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(register, { ok: false })
  const err = (k: string) =>
    state.fieldErrors?.[k] ? (
      <span className="field-error" role="alert">
        {state.fieldErrors[k]}
      </span>
    ) : null
  return (
    <form action={action} onSubmit={keepInputs(action)} className="stack" aria-labelledby="register-heading">
      <h2 id="register-heading">{t.account.register}</h2>
      <input type="hidden" name="lang" value={lang} />
      <label>
        {t.checkout.fullName}
        <input name="name" autoComplete="name" required />
      </label>
      <label>
        {t.checkout.email}
        <input name="email" type="email" autoComplete="email" required />
        {err("email")}
      </label>
      <label>
        {t.checkout.phone}
        <input name="phone" type="tel" autoComplete="tel" />
      </label>
      <label>
        {t.account.password}
        <input name="password" type="password" autoComplete="new-password" minLength={8} required />
        {err("password")}
      </label>
      {state.message ? (
        <p role="alert" className="error">
          {state.message}
        </p>
      ) : null}
      <button type="submit" className="primary" disabled={pending}>
        {t.account.register}
      </button>
    </form>
  )
}
