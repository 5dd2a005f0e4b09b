"use client"

import { updateProducerEnglish } from "@/lib/data/seller-actions"
import { keepInputs } from "@/lib/keep-inputs"
import { useSellerForm, type SellerFormProps } from "./use-seller-form"

/** The producer's English name and description, for its English page. */
export function ProducerEnglishForm({
  lang,
  t,
  values,
}: SellerFormProps & { values: { name_en: string; description_en: string } }) {
  const f = useSellerForm(updateProducerEnglish)
  const e = t.seller.english
  return (
    <form
      action={f.dispatch}
      onSubmit={keepInputs(f.dispatch)}
      className="stack"
      aria-labelledby="producer-english"
      data-testid="producer-english"
    >
      <h2 id="producer-english">{e.profileHeading}</h2>
      <p className="hint">{e.hint}</p>
      <input type="hidden" name="lang" value={lang} />
      <label>
        {e.name}
        <input name="name_en" lang="en" maxLength={200} defaultValue={values.name_en} />
      </label>
      <label>
        {e.about}
        <textarea name="description_en" lang="en" rows={4} maxLength={5000} defaultValue={values.description_en} />
      </label>
      <button type="submit" disabled={f.pending}>
        {e.save}
      </button>
      {f.message}
    </form>
  )
}
