"use client"

import { updateListingEnglish } from "@/lib/data/seller-actions"
import { keepInputs } from "@/lib/keep-inputs"
import { useSellerForm, type SellerFormProps } from "./use-seller-form"

/** The listing's English title, subtitle and description, for the English storefront. */
export function ListingEnglishForm({
  lang,
  t,
  productId,
  values,
}: SellerFormProps & { productId: string; values: { title_en: string; subtitle_en: string; description_en: string } }) {
  const f = useSellerForm(updateListingEnglish)
  const e = t.seller.english
  return (
    <form
      action={f.dispatch}
      onSubmit={keepInputs(f.dispatch)}
      className="stack panel"
      aria-labelledby="listing-english"
      data-testid="listing-english"
    >
      <h2 id="listing-english">{e.listingHeading}</h2>
      <p className="hint">{e.hint}</p>
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="product_id" value={productId} />
      <label>
        {e.title}
        <input name="title_en" lang="en" maxLength={300} defaultValue={values.title_en} />
      </label>
      <label>
        {e.subtitle}
        <input name="subtitle_en" lang="en" maxLength={300} defaultValue={values.subtitle_en} />
      </label>
      <label>
        {e.description}
        <textarea name="description_en" lang="en" rows={5} maxLength={20000} defaultValue={values.description_en} />
      </label>
      <button type="submit" disabled={f.pending}>
        {e.save}
      </button>
      {f.message}
    </form>
  )
}
