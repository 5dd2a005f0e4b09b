"use client"

import type { ActionState } from "@/lib/data/cart"
import type { Dictionary } from "@/lib/i18n"
import { keepInputs } from "@/lib/keep-inputs"
import { useActionForm } from "./use-action-form"

/** The email and password login of a portal (producers, showroom staff), bound to its server action. */
export function PortalLoginForm({
  action,
  id,
  title,
  messageTestId,
  lang,
  t,
}: {
  action: (s: ActionState, fd: FormData) => Promise<ActionState>
  id: string
  title: string
  messageTestId: string
  lang: string
  t: Dictionary
}) {
  const f = useActionForm(action, messageTestId)
  return (
    <form action={f.dispatch} onSubmit={keepInputs(f.dispatch)} className="stack" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
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
        {title}
      </button>
    </form>
  )
}
