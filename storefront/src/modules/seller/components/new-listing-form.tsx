"use client"

import { createListing } from "@/lib/data/seller-actions"
import { keepInputs } from "@/lib/keep-inputs"
import { useSellerForm, type SellerFormProps } from "./use-seller-form"

export function NewListingForm({ lang, t }: SellerFormProps) {
  const f = useSellerForm(createListing)
  const s = t.seller
  return (
    <form action={f.dispatch} onSubmit={keepInputs(f.dispatch)} className="stack">
      <input type="hidden" name="lang" value={lang} />
      <label>
        {s.productTitle}
        <input name="title" required maxLength={300} />
      </label>
      <label>
        {s.description}
        <textarea name="description" rows={5} maxLength={20000} />
      </label>
      <fieldset>
        <legend>{s.variantTitle}</legend>
        <label>
          {s.variantTitle}
          <input name="variant_title" required maxLength={100} />
        </label>
        <label>
          {s.sku}
          <input name="sku" required pattern="[A-Za-z0-9._-]{1,64}" />
        </label>
        <label>
          {s.price}
          <input name="price" required inputMode="numeric" />
        </label>
        <label>
          {s.stock}
          <input name="stock" type="number" min={0} max={1000000} required />
        </label>
      </fieldset>
      <label>
        {s.images}
        <input name="images" type="file" accept="image/jpeg,image/png,image/webp,image/gif" multiple />
      </label>
      {f.message}
      <button type="submit" className="primary" disabled={f.pending}>
        {s.saveDraft}
      </button>
    </form>
  )
}
