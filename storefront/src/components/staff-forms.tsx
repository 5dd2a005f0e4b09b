"use client"

import { useEffect, useState } from "react"
import { useActionForm } from "./use-action-form"
import type { ActionState } from "@/lib/data/cart"
import {
  advanceSettlement,
  counterSale,
  countStock,
  createSettlement,
  findVariants,
  pickupCollected,
  pickupReady,
  recordIntake,
  returnGoods,
  staffActivate,
  staffLogin,
  type FoundVariant,
} from "@/lib/data/staff-actions"
import { keepInputs } from "@/lib/keep-inputs"
import type { Dictionary } from "@/lib/i18n"

type Props = { lang: string; t: Dictionary }
type Line = FoundVariant & { quantity: number }

/** Staff forms; after an intake or a sale, a link to print its receipt. */
const useForm = (action: (s: ActionState, fd: FormData) => Promise<ActionState>, printLabel?: string, lang?: string) =>
  useActionForm(action, "staff-message", (state) =>
    state.receipt && printLabel ? (
      <>
        {" · "}
        <a href={`/${lang}/showroom/receipts/${encodeURIComponent(state.receipt)}`} target="_blank" rel="noopener">{printLabel}</a>
      </>
    ) : null
  )

export function StaffLoginForm({ lang, t }: Props) {
  const f = useForm(staffLogin)
  return (
    <form action={f.dispatch} onSubmit={keepInputs(f.dispatch)} className="stack" aria-labelledby="staff-login">
      <h2 id="staff-login">{t.staff.login}</h2>
      <input type="hidden" name="lang" value={lang} />
      <label>{t.checkout.email}<input name="email" type="email" autoComplete="username" required /></label>
      <label>{t.account.password}<input name="password" type="password" autoComplete="current-password" required /></label>
      {f.message}
      <button type="submit" className="primary" disabled={f.pending}>{t.staff.login}</button>
    </form>
  )
}

export function StaffActivateForm({ lang, t, token }: Props & { token: string }) {
  const f = useForm(staffActivate)
  return (
    <form action={f.dispatch} onSubmit={keepInputs(f.dispatch)} className="stack" aria-labelledby="staff-activate">
      <h2 id="staff-activate">{t.staff.activate}</h2>
      <input type="hidden" name="lang" value={lang} />
      <label>{t.staff.token}<input name="token" defaultValue={token} required /></label>
      <label>{t.checkout.email}<input name="email" type="email" autoComplete="email" required /></label>
      <label>{t.account.password}<input name="password" type="password" autoComplete="new-password" minLength={8} required /></label>
      {f.message}
      <button type="submit" className="primary" disabled={f.pending}>{t.staff.activate}</button>
    </form>
  )
}

/**
 * Lines picked by scanning (a barcode reader types the code and Enter) or by
 * name; used for intake and for counter sales.
 */
function ScanLines({ t, lines, setLines, id }: { t: Dictionary["staff"]; lines: Line[]; setLines: (l: Line[]) => void; id: string }) {
  const [code, setCode] = useState("")
  const [found, setFound] = useState<FoundVariant[] | null>(null)
  const add = (v: FoundVariant) => {
    const existing = lines.find((l) => l.id === v.id)
    setLines(existing ? lines.map((l) => (l.id === v.id ? { ...l, quantity: l.quantity + 1 } : l)) : [...lines, { ...v, quantity: 1 }])
    setFound(null)
    setCode("")
  }
  const search = async () => {
    const result = await findVariants(code)
    if (result.length === 1) add(result[0])
    else setFound(result)
  }
  return (
    <div className="stack">
      <label>
        {t.scan}
        <input
          id={`${id}-scan`}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault()
              void search()
            }
          }}
        />
      </label>
      <button type="button" onClick={() => void search()}>{t.find}</button>
      {found && !found.length ? <p className="error" role="alert">{t.nothingFound}</p> : null}
      {found?.length ? (
        <ul>
          {found.map((v) => (
            <li key={v.id}>
              {v.product_title} · {v.title} · {v.sku} <button type="button" onClick={() => add(v)}>{t.add}</button>
            </li>
          ))}
        </ul>
      ) : null}
      {lines.length ? (
        <table className="orders" aria-label={t.lines} data-testid={`${id}-lines`}>
          <tbody>
            {lines.map((l) => (
              <tr key={l.id}>
                <td>{l.product_title} · {l.title}</td>
                <td>
                  <input
                    type="number"
                    min={1}
                    max={100000}
                    value={l.quantity}
                    aria-label={`${t.onHand}: ${l.product_title}`}
                    onChange={(e) => setLines(lines.map((x) => (x.id === l.id ? { ...x, quantity: Math.max(1, Number(e.target.value) || 1) } : x)))}
                  />
                </td>
                <td><button type="button" className="link-button" onClick={() => setLines(lines.filter((x) => x.id !== l.id))}>{t.remove}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  )
}

const linesJson = (lines: Line[]) => JSON.stringify(lines.map((l) => ({ variant_id: l.id, quantity: l.quantity })))

export function IntakeForm({ lang, t }: Props) {
  const f = useForm(recordIntake, t.staff.print, lang)
  const [lines, setLines] = useState<Line[]>([])
  return (
    <form action={f.dispatch} onSubmit={keepInputs(f.dispatch)} className="stack" aria-labelledby="intake">
      <h2 id="intake">{t.staff.intake}</h2>
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="lines" value={linesJson(lines)} />
      <ScanLines t={t.staff} lines={lines} setLines={setLines} id="intake" />
      <label>{t.staff.lot}<input name="lot" maxLength={64} /></label>
      <label>{t.staff.bestBefore}<input name="best_before" type="date" /></label>
      {f.message}
      <button type="submit" className="primary" disabled={f.pending || !lines.length}>{t.staff.receive}</button>
    </form>
  )
}

/** A fresh key for each sale on this screen (randomUUID needs https, a shop LAN may be plain http). */
const saleKey = () => `pos-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`

export function CounterSaleForm({ lang, t }: Props) {
  const f = useForm(counterSale, t.staff.print, lang)
  const [lines, setLines] = useState<Line[]>([])
  // one key per sale: a double click or a resend records it once; a recorded sale turns the key over
  const [key, setKey] = useState(saleKey)
  const recorded = f.state.ok ? f.state.receipt : undefined
  useEffect(() => {
    if (recorded) setKey(saleKey())
  }, [recorded])
  const total = lines.reduce((n, l) => n + (l.price ?? 0) * l.quantity, 0)
  return (
    <form action={f.dispatch} onSubmit={keepInputs(f.dispatch)} className="stack" aria-labelledby="pos">
      <h2 id="pos">{t.staff.sale}</h2>
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="lines" value={linesJson(lines)} />
      <input type="hidden" name="client_reference" value={key} />
      <ScanLines t={t.staff} lines={lines} setLines={setLines} id="pos" />
      <p className="total-row" data-testid="pos-total">{new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB").format(total)} ₫</p>
      <fieldset>
        <legend>{t.staff.payment}</legend>
        {(["cash", "card", "bank_transfer"] as const).map((m, i) => (
          <label key={m} className="radio"><input type="radio" name="payment_method" value={m} defaultChecked={i === 0} /> {t.staff.payments[m]}</label>
        ))}
      </fieldset>
      {f.message}
      <button type="submit" className="primary" disabled={f.pending || !lines.length}>{t.staff.sell}</button>
    </form>
  )
}

export function ReturnForm({ lang, t, variantId }: Props & { variantId: string }) {
  const f = useForm(returnGoods)
  return (
    <form action={f.dispatch} onSubmit={keepInputs(f.dispatch)} className="inline-form">
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="variant_id" value={variantId} />
      <label>{t.product.quantity}<input name="quantity" type="number" min={1} defaultValue={1} required /></label>
      <label>{t.staff.reason}
        <select name="reason">{(["unsold", "near_best_before", "damaged"] as const).map((r) => <option key={r} value={r}>{t.staff.returnReasons[r]}</option>)}</select>
      </label>
      <button type="submit" disabled={f.pending}>{t.staff.doReturn}</button>
      {f.message}
    </form>
  )
}

export function CountForm({ lang, t, variantId }: Props & { variantId: string }) {
  const f = useForm(countStock)
  return (
    <form action={f.dispatch} onSubmit={keepInputs(f.dispatch)} className="inline-form">
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="variant_id" value={variantId} />
      <label>{t.staff.counted}<input name="counted" type="number" min={0} required /></label>
      <label>{t.staff.reason}<input name="reason" required minLength={3} maxLength={300} /></label>
      <button type="submit" disabled={f.pending}>{t.staff.doCount}</button>
      {f.message}
    </form>
  )
}

export function SettlementForm({ lang, t, producers }: Props & { producers: { id: string; name: string }[] }) {
  const f = useForm(createSettlement)
  return (
    <form action={f.dispatch} onSubmit={keepInputs(f.dispatch)} className="inline-form" aria-label={t.staff.settle}>
      <input type="hidden" name="lang" value={lang} />
      <label>{t.staff.producer}<select name="producer_id">{producers.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}</select></label>
      <label>{t.staff.from}<input name="from" type="date" required /></label>
      <label>{t.staff.to}<input name="to" type="date" required /></label>
      <button type="submit" className="primary" disabled={f.pending}>{t.staff.settle}</button>
      {f.message}
    </form>
  )
}

export function AdvanceSettlementButton({ lang, id, status, label }: { lang: string; id: string; status: "confirmed" | "paid"; label: string }) {
  const f = useForm(advanceSettlement)
  return (
    <form action={f.dispatch} className="inline-form">
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="status" value={status} />
      <button type="submit" disabled={f.pending}>{label}</button>
      {f.message}
    </form>
  )
}

/** An online order waiting at the showroom: prepared, then handed over (taking the payment when it is paid here). */
export function PickupActions({ lang, t, id, state, toCollect }: Props & { id: string; state: string; toCollect: boolean }) {
  const ready = useForm(pickupReady)
  const collected = useForm(pickupCollected)
  return (
    <>
      {state === "waiting" ? (
        <form action={ready.dispatch} className="inline-form">
          <input type="hidden" name="lang" value={lang} />
          <input type="hidden" name="id" value={id} />
          <button type="submit" disabled={ready.pending}>{t.staff.markReady}</button>
          {ready.message}
        </form>
      ) : null}
      <form action={collected.dispatch} onSubmit={keepInputs(collected.dispatch)} className="inline-form">
        <input type="hidden" name="lang" value={lang} />
        <input type="hidden" name="id" value={id} />
        {toCollect ? (
          <label>{t.staff.payment}
            <select name="payment_method">{(["cash", "card", "bank_transfer"] as const).map((m) => <option key={m} value={m}>{t.staff.payments[m]}</option>)}</select>
          </label>
        ) : null}
        <button type="submit" className="primary" disabled={collected.pending}>{t.staff.markCollected}</button>
        {collected.message}
      </form>
    </>
  )
}
