"use client"

import { useActionState, useState } from "react"
import dynamic from "next/dynamic"
import { keepInputs } from "@/lib/keep-inputs"
import { placeOrder, prepareCardPayment, type ActionState } from "@/lib/data/cart"
import type { Dictionary } from "@/lib/i18n"
import { AddressFields, type SavedAddress } from "./address-fields"

type Option = { id: string; name: string; price_text: string; pickup: boolean; description: string; short: boolean }

// Stripe's scripts load only for shoppers who choose a card
const CardPayment = dynamic(() => import("./card-payment"), { ssr: false })

/**
 * Contact; delivery to a Vietnamese address (province, then one of its
 * communes or wards; or a saved one) or pickup at a showroom that holds the
 * cart; payment that fits the choice
 * (cash on delivery, or at the showroom); errors beside their fields.
 */
export function CheckoutForm(props: {
  lang: string
  t: Dictionary["checkout"]
  provinces: { code: string; name: string }[]
  shippingOptions: Option[]
  payments: { id: string; label: string }[]
  defaults: { email?: string; name?: string; phone?: string }
  savedAddresses: SavedAddress[]
  signedIn: boolean
  disabled: boolean
  stripeKey?: string
}) {
  const { t, lang } = props
  const [codState, codAction, codPending] = useActionState<ActionState, FormData>(placeOrder, { ok: false })
  const [cardState, cardAction, cardPending] = useActionState<ActionState, FormData>(prepareCardPayment, { ok: false })
  const delivery = props.shippingOptions.filter((o) => !o.pickup)
  const pickup = props.shippingOptions.filter((o) => o.pickup)
  // delivery first, unless only a showroom has the goods
  const [mode, setMode] = useState<"delivery" | "pickup">(
    delivery.some((o) => !o.short) || !pickup.some((o) => !o.short) ? "delivery" : "pickup"
  )
  const options = mode === "pickup" ? pickup : delivery
  const payments = props.payments.filter((p) => p.id !== (mode === "pickup" ? "pp_cod_cod" : "pp_showroom_cod"))
  const [chosenPayment, setPayment] = useState(payments[0]?.id ?? "pp_cod_cod")
  const payment = payments.some((p) => p.id === chosenPayment) ? chosenPayment : (payments[0]?.id ?? "pp_cod_cod")
  const card = payment === "pp_stripe_stripe"
  const state = card ? cardState : codState
  const pending = codPending || cardPending
  const err = (k: string) =>
    state.fieldErrors?.[k] ? (
      <span className="field-error" id={`${k}-error`} role="alert">
        {state.fieldErrors[k]}
      </span>
    ) : null
  const described = (k: string) =>
    state.fieldErrors?.[k] ? { "aria-invalid": true, "aria-describedby": `${k}-error` } : {}
  return (
    <form
      action={card ? cardAction : codAction}
      onSubmit={keepInputs(card ? cardAction : codAction)}
      className="checkout stack"
      noValidate
    >
      <input type="hidden" name="lang" value={lang} />
      <fieldset>
        <legend>{t.contact}</legend>
        <label>
          {t.email}
          <input
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={props.defaults.email}
            {...described("email")}
          />
          {err("email")}
        </label>
        <label>
          {t.phone}
          <input
            name="phone"
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            required
            placeholder="0912345678"
            defaultValue={props.defaults.phone}
            {...described("phone")}
          />
          {err("phone")}
        </label>
        <label>
          {t.fullName}
          <input name="name" autoComplete="name" required defaultValue={props.defaults.name} {...described("name")} />
          {err("name")}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t.shipping}</legend>
        <input type="hidden" name="mode" value={mode} />
        {pickup.length ? (
          <div className="radio-row" role="radiogroup" aria-label={t.shipping}>
            <label className="radio">
              <input
                type="radio"
                name="mode_choice"
                checked={mode === "delivery"}
                onChange={() => setMode("delivery")}
              />{" "}
              {t.delivery}
            </label>
            <label className="radio">
              <input type="radio" name="mode_choice" checked={mode === "pickup"} onChange={() => setMode("pickup")} />{" "}
              {t.pickup}
            </label>
          </div>
        ) : null}
        {mode === "pickup" ? <p className="muted">{t.pickupNote}</p> : null}
        {/* keyed by mode: the first option of the new list is chosen afresh */}
        <div key={mode} className="stack">
          {options.map((o) => (
            <label key={o.id} className="radio">
              <input
                type="radio"
                name="shipping_option_id"
                value={o.id}
                defaultChecked={o.id === options.find((x) => !x.short)?.id}
                disabled={o.short}
              />{" "}
              {o.name} – {o.price_text}
              {o.description ? <span className="muted"> · {o.description}</span> : null}
              {o.short ? <span className="stock-out"> ({t.notEnoughThere})</span> : null}
            </label>
          ))}
        </div>
        {err("shipping_option_id")}
      </fieldset>
      {mode === "delivery" ? (
        <AddressFields
          t={t}
          provinces={props.provinces}
          saved={props.savedAddresses}
          signedIn={props.signedIn}
          errors={state.fieldErrors ?? {}}
          described={described}
        />
      ) : null}
      <fieldset>
        <legend>{t.payment}</legend>
        {payments.map((p) => (
          <label key={p.id} className="radio">
            <input
              type="radio"
              name="payment"
              value={p.id}
              checked={payment === p.id}
              onChange={() => setPayment(p.id)}
            />{" "}
            {p.label}
          </label>
        ))}
      </fieldset>
      {state.message ? (
        <p role="alert" className="error" data-testid="checkout-error">
          {state.message}
        </p>
      ) : null}
      {card && cardState.ok && cardState.clientSecret && props.stripeKey ? (
        <CardPayment
          publishableKey={props.stripeKey}
          clientSecret={cardState.clientSecret}
          lang={lang}
          t={{ pay: t.payByCard, paying: t.placing, failed: t.cardFailed }}
        />
      ) : (
        <button type="submit" className="primary" disabled={pending || props.disabled} data-testid="place-order">
          {pending ? t.placing : card ? t.continueToCard : t.placeOrder}
        </button>
      )}
    </form>
  )
}
