"use client"

import { useActionState, useState } from "react"
import { addToCart, type ActionState } from "@/lib/data/cart"

type VariantChoice = { id: string; title: string; price_text: string; available: number | null }

/** Variant, quantity and the button; the backend's refusal (sold out, not on sale) is shown under it. */
export function AddToCart({
  lang,
  variants,
  t,
}: {
  lang: string
  variants: VariantChoice[]
  t: { addToCart: string; adding: string; quantity: string; variant: string; outOfStock: string }
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(addToCart, { ok: false })
  const [variantId, setVariantId] = useState(variants.find((v) => v.available !== 0)?.id ?? variants[0]?.id)
  const chosen = variants.find((v) => v.id === variantId)
  const soldOut = chosen?.available === 0
  return (
    <form action={action} className="add-to-cart">
      <input type="hidden" name="lang" value={lang} />
      {variants.length > 1 ? (
        <label>
          {t.variant}
          <select name="variant_id" value={variantId} onChange={(e) => setVariantId(e.target.value)}>
            {variants.map((v) => (
              <option key={v.id} value={v.id}>
                {v.title} – {v.price_text}
                {v.available === 0 ? ` (${t.outOfStock})` : ""}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <input type="hidden" name="variant_id" value={variantId} />
      )}
      <label>
        {t.quantity}
        <input name="quantity" type="number" inputMode="numeric" min={1} max={99} defaultValue={1} required />
      </label>
      <button type="submit" className="primary" disabled={pending || soldOut} aria-disabled={pending || soldOut}>
        {soldOut ? t.outOfStock : pending ? t.adding : t.addToCart}
      </button>
      <p role="status" className={state.ok ? "success" : "error"} data-testid="add-to-cart-status">
        {state.message ?? ""}
      </p>
    </form>
  )
}
