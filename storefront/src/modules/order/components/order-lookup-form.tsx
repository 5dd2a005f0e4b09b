"use client"

import { useActionState } from "react"
import { keepInputs } from "@/lib/keep-inputs"
import { lookupOrder, type LookupState } from "@/lib/data/order-lookup"
import type { Dictionary, Lang } from "@/lib/i18n"
import { formatDate, formatVnd } from "@/lib/format"
import { BankTransferLive } from "@/modules/bank-transfer/components/bank-transfer-live"

export function OrderLookupForm({ lang, t }: { lang: Lang; t: Dictionary }) {
  const [state, action, pending] = useActionState<LookupState, FormData>(lookupOrder, {})
  const order = state.order
  return (
    <>
      <form action={action} onSubmit={keepInputs(action)} className="stack">
        <input type="hidden" name="lang" value={lang} />
        <label>
          {t.order.number}
          <input name="display_id" inputMode="numeric" required maxLength={12} placeholder="12" />
        </label>
        <label>
          {t.checkout.email}
          <input name="email" type="email" autoComplete="email" required maxLength={200} />
        </label>
        <button type="submit" className="primary" disabled={pending}>
          {t.order.lookup}
        </button>
        {state.message ? (
          <p role="alert" className="error">
            {state.message}
          </p>
        ) : null}
      </form>
      {order ? (
        <section className="order-summary" aria-live="polite" data-testid="looked-up-order">
          <h2>
            {t.order.number} #{order.display_id}
          </h2>
          <p>
            {t.order.date}: {formatDate(order.created_at, lang)}
          </p>
          <ul className="order-items" role="list">
            {order.items.map((i, n) => (
              <li key={n}>
                <span>
                  {i.title}
                  {i.variant_title ? ` · ${i.variant_title}` : ""}
                </span>
                <span>
                  {i.quantity} × {formatVnd(i.unit_price, lang)}
                </span>
              </li>
            ))}
          </ul>
          <p className="total-row">
            {t.order.total}: <strong>{formatVnd(order.total, lang)}</strong>
          </p>
          <BankTransferLive key={order.id} orderId={order.id} lang={lang} initial={null} initialSvg={null} />
          {order.pickup ? (
            <p data-testid="looked-up-pickup">
              {order.pickup.showroom.name}: {t.order.pickup[order.pickup.state]}
              <br />
              {[order.pickup.showroom.address, order.pickup.showroom.commune].join(", ")}
              {order.pickup.showroom.opening_hours ? ` · ${order.pickup.showroom.opening_hours}` : ""}
            </p>
          ) : (
            <>
              <h3>{t.order.parts}</h3>
              <ul role="list">
                {order.parts.map((p) => (
                  <li key={p.producer.name}>
                    <strong>{p.producer.name}</strong>:{" "}
                    {t.order.partStatus[p.status as keyof typeof t.order.partStatus] ?? p.status}
                    {p.tracking_numbers.length ? ` · ${t.order.tracking}: ${p.tracking_numbers.join(", ")}` : ""}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ) : null}
    </>
  )
}
