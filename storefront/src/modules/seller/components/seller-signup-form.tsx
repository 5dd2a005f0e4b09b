"use client"

import { sellerSignup } from "@/lib/data/seller-actions"
import { keepInputs } from "@/lib/keep-inputs"
import { useSellerForm, type SellerFormProps, type Option } from "./use-seller-form"

export function SellerSignupForm({
  lang,
  t,
  provinces,
  types,
}: SellerFormProps & { provinces: Option[]; types: Option[] }) {
  const f = useSellerForm(sellerSignup)
  const s = t.seller
  return (
    <form action={f.dispatch} onSubmit={keepInputs(f.dispatch)} className="stack" aria-labelledby="seller-signup">
      <h2 id="seller-signup">{s.signup}</h2>
      <input type="hidden" name="lang" value={lang} />
      <label>
        {s.memberName}
        <input name="member_name" autoComplete="name" />
      </label>
      <label>
        {t.checkout.email}
        <input name="email" type="email" autoComplete="email" required />
      </label>
      <label>
        {t.account.password}
        <input name="password" type="password" autoComplete="new-password" minLength={8} required />
        {f.fieldError("password")}
      </label>
      <label>
        {s.producerName}
        <input name="name" required maxLength={200} />
      </label>
      <label>
        {s.handle}
        <input name="handle" required pattern="[a-z0-9]+(-[a-z0-9]+)*" maxLength={100} />
      </label>
      <label>
        {s.type}
        <select name="type" required>
          {types.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {s.taxCode}
        <input name="tax_code" required inputMode="numeric" placeholder="0312345678" />
      </label>
      <label>
        {s.currentProvince}
        <select name="province_code" required>
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
        {s.phone}
        <input name="phone" type="tel" />
      </label>
      <label>
        {s.address}
        <input name="address" maxLength={300} />
      </label>
      {f.message}
      <button type="submit" className="primary" disabled={f.pending}>
        {s.signup}
      </button>
    </form>
  )
}
