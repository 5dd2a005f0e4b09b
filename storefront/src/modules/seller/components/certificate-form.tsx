"use client"

import { submitCertificate } from "@/lib/data/seller-actions"
import { keepInputs } from "@/lib/keep-inputs"
import { SELLABLE_STARS } from "@/lib/stars"
import { useSellerForm, type SellerFormProps, type Option } from "./use-seller-form"

export function CertificateForm({
  lang,
  t,
  productId,
  groups,
  provinces,
}: SellerFormProps & { productId: string; groups: Option[]; provinces: Option[] }) {
  const f = useSellerForm(submitCertificate)
  const s = t.seller
  return (
    <form action={f.dispatch} onSubmit={keepInputs(f.dispatch)} className="stack" aria-labelledby="cert-form">
      <h2 id="cert-form">{s.submitCertificate}</h2>
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="product_id" value={productId} />
      <label>
        {s.certificateNumber}
        <input name="certificate_number" required maxLength={64} />
      </label>
      <label>
        {s.decisionNumber}
        <input name="decision_number" required maxLength={64} />
      </label>
      <label>
        {s.authority}
        <input name="issuing_authority" required maxLength={200} />
      </label>
      <label>
        {s.stars}
        <select name="stars" defaultValue="4">
          {[...SELLABLE_STARS].reverse().map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <label>
        {s.group}
        <select name="product_group">
          {groups.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {s.issuedAt}
        <input name="issued_at" type="date" required />
      </label>
      <label>
        {s.expiresAt}
        <input name="expires_at" type="date" />
      </label>
      <label>
        {s.province}
        <select name="province_code">
          {provinces.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {s.commune}
        <input name="commune" required maxLength={120} />
      </label>
      <label>
        {s.scan}
        <input name="images" type="file" accept="image/jpeg,image/png,image/webp" />
      </label>
      {f.message}
      <button type="submit" className="primary" disabled={f.pending}>
        {s.submitCertificate}
      </button>
    </form>
  )
}
