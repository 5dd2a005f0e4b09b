"use client"

import { useActionState } from "react"
import { useActionForm } from "./use-action-form"
import type { ActionState } from "@/lib/data/cart"
import { acceptInvite, createListing, inviteMember, sellerLogin, sellerSignup, setListingStatus, shipLines, submitCertificate } from "@/lib/data/seller-actions"
import { keepInputs } from "@/lib/keep-inputs"
import type { Dictionary } from "@/lib/i18n"

type Props = { lang: string; t: Dictionary }
type Option = { value: string; label: string }

const useForm = (action: (s: ActionState, fd: FormData) => Promise<ActionState>) => useActionForm(action, "seller-message")

export function SellerLoginForm({ lang, t }: Props) {
  const f = useForm(sellerLogin)
  return (
    <form action={f.dispatch} onSubmit={keepInputs(f.dispatch)} className="stack" aria-labelledby="seller-login">
      <h2 id="seller-login">{t.seller.login}</h2>
      <input type="hidden" name="lang" value={lang} />
      <label>{t.checkout.email}<input name="email" type="email" autoComplete="username" required /></label>
      <label>{t.account.password}<input name="password" type="password" autoComplete="current-password" required /></label>
      {f.message}
      <button type="submit" className="primary" disabled={f.pending}>{t.seller.login}</button>
    </form>
  )
}

export function SellerSignupForm({ lang, t, provinces, types }: Props & { provinces: Option[]; types: Option[] }) {
  const f = useForm(sellerSignup)
  const s = t.seller
  return (
    <form action={f.dispatch} onSubmit={keepInputs(f.dispatch)} className="stack" aria-labelledby="seller-signup">
      <h2 id="seller-signup">{s.signup}</h2>
      <input type="hidden" name="lang" value={lang} />
      <label>{s.memberName}<input name="member_name" autoComplete="name" /></label>
      <label>{t.checkout.email}<input name="email" type="email" autoComplete="email" required /></label>
      <label>{t.account.password}<input name="password" type="password" autoComplete="new-password" minLength={8} required />{f.fieldError("password")}</label>
      <label>{s.producerName}<input name="name" required maxLength={200} /></label>
      <label>{s.handle}<input name="handle" required pattern="[a-z0-9]+(-[a-z0-9]+)*" maxLength={100} /></label>
      <label>{s.type}<select name="type" required>{types.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}</select></label>
      <label>{s.taxCode}<input name="tax_code" required inputMode="numeric" placeholder="0312345678" /></label>
      <label>{s.currentProvince}<select name="province_code" required>{provinces.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}</select></label>
      <label>{s.commune}<input name="commune" required maxLength={120} /></label>
      <label>{s.phone}<input name="phone" type="tel" /></label>
      <label>{s.address}<input name="address" maxLength={300} /></label>
      {f.message}
      <button type="submit" className="primary" disabled={f.pending}>{s.signup}</button>
    </form>
  )
}

export function NewListingForm({ lang, t }: Props) {
  const f = useForm(createListing)
  const s = t.seller
  return (
    <form action={f.dispatch} onSubmit={keepInputs(f.dispatch)} className="stack">
      <input type="hidden" name="lang" value={lang} />
      <label>{s.productTitle}<input name="title" required maxLength={300} /></label>
      <label>{s.description}<textarea name="description" rows={5} maxLength={20000} /></label>
      <fieldset>
        <legend>{s.variantTitle}</legend>
        <label>{s.variantTitle}<input name="variant_title" required maxLength={100} /></label>
        <label>{s.sku}<input name="sku" required pattern="[A-Za-z0-9._-]{1,64}" /></label>
        <label>{s.price}<input name="price" required inputMode="numeric" /></label>
        <label>{s.stock}<input name="stock" type="number" min={0} max={1000000} required /></label>
      </fieldset>
      <label>{s.images}<input name="images" type="file" accept="image/jpeg,image/png,image/webp,image/gif" multiple /></label>
      {f.message}
      <button type="submit" className="primary" disabled={f.pending}>{s.saveDraft}</button>
    </form>
  )
}

export function ListingStatusButton({ lang, productId, status, label }: { lang: string; productId: string; status: "published" | "draft"; label: string }) {
  const f = useForm(setListingStatus)
  return (
    <form action={f.dispatch}>
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="product_id" value={productId} />
      <input type="hidden" name="status" value={status} />
      <button type="submit" className={status === "published" ? "primary" : undefined} disabled={f.pending}>{label}</button>
      {f.message}
    </form>
  )
}

export function CertificateForm({ lang, t, productId, groups, provinces }: Props & { productId: string; groups: Option[]; provinces: Option[] }) {
  const f = useForm(submitCertificate)
  const s = t.seller
  return (
    <form action={f.dispatch} onSubmit={keepInputs(f.dispatch)} className="stack" aria-labelledby="cert-form">
      <h2 id="cert-form">{s.submitCertificate}</h2>
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="product_id" value={productId} />
      <label>{s.certificateNumber}<input name="certificate_number" required maxLength={64} /></label>
      <label>{s.decisionNumber}<input name="decision_number" required maxLength={64} /></label>
      <label>{s.authority}<input name="issuing_authority" required maxLength={200} /></label>
      <label>{s.stars}<select name="stars" defaultValue="4">{[3, 4, 5].map((n) => <option key={n} value={n}>{n}</option>)}</select></label>
      <label>{s.group}<select name="product_group">{groups.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}</select></label>
      <label>{s.issuedAt}<input name="issued_at" type="date" required /></label>
      <label>{s.expiresAt}<input name="expires_at" type="date" /></label>
      <label>{s.province}<select name="province_code">{provinces.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}</select></label>
      <label>{s.commune}<input name="commune" required maxLength={120} /></label>
      <label>{s.scan}<input name="images" type="file" accept="image/jpeg,image/png,image/webp" /></label>
      {f.message}
      <button type="submit" className="primary" disabled={f.pending}>{s.submitCertificate}</button>
    </form>
  )
}

export function ShipForm({ lang, t, orderId }: Props & { orderId: string }) {
  const f = useForm(shipLines)
  return (
    <form action={f.dispatch} onSubmit={keepInputs(f.dispatch)} className="inline-form">
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="order_id" value={orderId} />
      <label>{t.seller.tracking}<input name="tracking_number" required pattern="[A-Za-z0-9-]{4,40}" /></label>
      <button type="submit" className="primary" disabled={f.pending}>{t.seller.markShipped}</button>
      {f.message}
    </form>
  )
}

export function InviteForm({ lang, t }: Props) {
  const [state, dispatch, pending] = useActionState<ActionState, FormData>(inviteMember, { ok: false })
  return (
    <form action={dispatch} onSubmit={keepInputs(dispatch)} className="inline-form">
      <input type="hidden" name="lang" value={lang} />
      <label>{t.checkout.email}<input name="email" type="email" required /></label>
      <button type="submit" disabled={pending}>{t.seller.invite}</button>
      {state.ok && state.message ? (
        <p className="success" data-testid="invite-link">
          {t.seller.inviteLink}: <code>{typeof window === "undefined" ? state.message : window.location.origin + state.message}</code>
        </p>
      ) : state.message ? (
        <p role="alert" className="error">{state.message}</p>
      ) : null}
    </form>
  )
}

export function JoinForm({ lang, t, token }: Props & { token: string }) {
  const f = useForm(acceptInvite)
  return (
    <form action={f.dispatch} onSubmit={keepInputs(f.dispatch)} className="stack">
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="token" value={token} />
      <label>{t.seller.memberName}<input name="name" autoComplete="name" /></label>
      <label>{t.checkout.email}<input name="email" type="email" autoComplete="email" required /></label>
      <label>{t.account.password}<input name="password" type="password" autoComplete="new-password" minLength={8} required />{f.fieldError("password")}</label>
      {f.message}
      <button type="submit" className="primary" disabled={f.pending}>{t.seller.join}</button>
    </form>
  )
}
