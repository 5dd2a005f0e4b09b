"use client"

import { useMemo, useState } from "react"
import { loadStripe } from "@stripe/stripe-js"
import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import { completeCardOrder } from "@/lib/data/cart"

type Texts = { pay: string; paying: string; failed: string }

function PayButton({ lang, t }: { lang: string; t: Texts }) {
  const stripe = useStripe()
  const elements = useElements()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const pay = async () => {
    if (!stripe || !elements) return
    setBusy(true)
    setMessage(null)
    // the card is confirmed with Stripe from the browser; 3-D Secure pages come back to checkout
    const { error } = await stripe.confirmPayment({
      elements,
      redirect: "if_required",
      confirmParams: { return_url: `${window.location.origin}/${lang}/checkout` },
    })
    if (error) {
      setMessage(error.message ?? t.failed)
      setBusy(false)
      return
    }
    const result = await completeCardOrder(lang)
    if (result?.message) setMessage(result.message)
    setBusy(false)
  }
  return (
    <>
      <button type="button" className="primary" onClick={pay} disabled={!stripe || busy} data-testid="pay-card">
        {busy ? t.paying : t.pay}
      </button>
      {message ? (
        <p role="alert" className="error">
          {message}
        </p>
      ) : null}
    </>
  )
}

/** Stripe's Payment Element (loaded only when the shopper chooses a card) and the pay button. */
export default function CardPayment({
  publishableKey,
  clientSecret,
  lang,
  t,
}: {
  publishableKey: string
  clientSecret: string
  lang: string
  t: Texts
}) {
  const stripe = useMemo(() => loadStripe(publishableKey), [publishableKey])
  return (
    <Elements stripe={stripe} options={{ clientSecret, locale: lang === "en" ? "en" : "vi" }}>
      <PaymentElement />
      <PayButton lang={lang} t={t} />
    </Elements>
  )
}
