"use client"

import { useActionState } from "react"
import { updateLineItem, type ActionState } from "@/lib/data/cart"

/** Quantity change and removal of one cart line, with the backend's answer shown beside it. */
export function CartLineControls({
  lang,
  lineId,
  quantity,
  t,
}: {
  lang: string
  lineId: string
  quantity: number
  t: { quantity: string; update: string; remove: string }
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(updateLineItem, { ok: false })
  return (
    <div className="line-controls">
      <form action={action}>
        <input type="hidden" name="lang" value={lang} />
        <input type="hidden" name="line_id" value={lineId} />
        <label>
          <span className="visually-hidden">{t.quantity}</span>
          <input name="quantity" type="number" inputMode="numeric" min={1} max={99} defaultValue={quantity} />
        </label>
        <button type="submit" disabled={pending}>
          {t.update}
        </button>
      </form>
      <form action={action}>
        <input type="hidden" name="lang" value={lang} />
        <input type="hidden" name="line_id" value={lineId} />
        <input type="hidden" name="quantity" value="0" />
        <button type="submit" disabled={pending} className="link-button">
          {t.remove}
        </button>
      </form>
      {state.message ? (
        <p role="alert" className="error">
          {state.message}
        </p>
      ) : null}
    </div>
  )
}
