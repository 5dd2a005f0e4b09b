"use client"

import { useActionState } from "react"
import type { ActionState } from "@/lib/data/cart"
import { inviteMember } from "@/lib/data/seller-actions"
import { keepInputs } from "@/lib/keep-inputs"
import type { SellerFormProps } from "./use-seller-form"

export function InviteForm({ lang, t }: SellerFormProps) {
  const [state, dispatch, pending] = useActionState<ActionState, FormData>(inviteMember, { ok: false })
  return (
    <form action={dispatch} onSubmit={keepInputs(dispatch)} className="inline-form">
      <input type="hidden" name="lang" value={lang} />
      <label>
        {t.checkout.email}
        <input name="email" type="email" required />
      </label>
      <button type="submit" disabled={pending}>
        {t.seller.invite}
      </button>
      {state.ok && state.message ? (
        <p className="success" data-testid="invite-link">
          {t.seller.inviteLink}:{" "}
          <code>{typeof window === "undefined" ? state.message : window.location.origin + state.message}</code>
        </p>
      ) : state.message ? (
        <p role="alert" className="error">
          {state.message}
        </p>
      ) : null}
    </form>
  )
}
