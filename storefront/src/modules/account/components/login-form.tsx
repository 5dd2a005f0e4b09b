"use client"

import { useActionState } from "react"
import { login } from "@/lib/data/customer"
import { keepInputs } from "@/lib/keep-inputs"
import type { ActionState } from "@/lib/data/cart"
import type { Dictionary } from "@/lib/i18n"

export function LoginForm({ lang, t }: { lang: string; t: Dictionary }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(login, { ok: false })
  return (
    <form action={action} onSubmit={keepInputs(action)} className="stack" aria-labelledby="login-heading">
      <h2 id="login-heading">{t.account.login}</h2>
      <input type="hidden" name="lang" value={lang} />
      <label>
        {t.checkout.email}
        <input name="email" type="email" autoComplete="email" required />
      </label>
      <label>
        {t.account.password}
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {state.message ? (
        <p role="alert" className="error">
          {state.message}
        </p>
      ) : null}
      <button type="submit" className="primary" disabled={pending}>
        {t.account.login}
      </button>
    </form>
  )
}
