import type { HttpTypes } from "@medusajs/types"
import { dictionary, type Lang } from "@/lib/i18n"
import { formatDate, formatVnd } from "@/lib/format"
import type { PickupProgress } from "@/lib/types"
import { bankTransferStrings } from "@/modules/bank-transfer/strings"

/** An order's number, date, payment, delivery or pickup and address, lines and totals. */
export function OrderSummary({
  order,
  pickup,
  lang,
}: {
  order: HttpTypes.StoreOrder
  pickup?: PickupProgress | null
  lang: Lang
}) {
  const t = dictionary(lang)
  const a = order.shipping_address
  const provider = (order.payment_collections ?? []).flatMap((c: any) => c.payments ?? [])[0]?.provider_id as
    string | undefined
  const paidBy =
    provider === "pp_stripe_stripe"
      ? t.checkout.card
      : provider === "pp_showroom_cod"
        ? t.checkout.payAtShowroom
        : provider === "pp_vietqr_vietqr"
          ? bankTransferStrings(lang).method
          : t.order.paymentCod
  const method = order.shipping_methods?.[0]?.name
  return (
    <div className="order-summary" data-testid="order-summary">
      <dl>
        <div className="row">
          <dt>{t.order.number}</dt>
          <dd data-testid="order-number">#{order.display_id}</dd>
        </div>
        <div className="row">
          <dt>{t.order.date}</dt>
          <dd>{formatDate(order.created_at as string, lang)}</dd>
        </div>
        <div className="row">
          <dt>{t.order.status}</dt>
          <dd>{t.order.statuses[order.status as keyof typeof t.order.statuses] ?? order.status}</dd>
        </div>
        <div className="row">
          <dt>{t.checkout.payment}</dt>
          <dd data-testid="order-payment">{paidBy}</dd>
        </div>
        {method ? (
          <div className="row">
            <dt>{t.checkout.shipping}</dt>
            <dd data-testid="order-shipping">
              {method}
              {pickup ? ` · ${t.order.pickup[pickup.state]}` : ""}
            </dd>
          </div>
        ) : null}
        {pickup ? (
          <div className="row">
            <dt>{t.order.pickupAt}</dt>
            <dd data-testid="order-pickup-address">
              {[pickup.showroom.address, pickup.showroom.commune].join(", ")}
              {pickup.showroom.opening_hours ? ` · ${pickup.showroom.opening_hours}` : ""}
            </dd>
          </div>
        ) : null}
        {a && !pickup ? (
          <div className="row">
            <dt>{t.checkout.address}</dt>
            <dd>{[a.first_name, a.phone, a.address_1, a.address_2, a.province].filter(Boolean).join(", ")}</dd>
          </div>
        ) : null}
      </dl>
      <h2>{t.order.items}</h2>
      <ul className="order-items" role="list">
        {(order.items ?? []).map((i) => (
          <li key={i.id}>
            <span>
              {i.product_title ?? i.title} · {i.variant_title}
            </span>
            <span>
              {i.quantity} × {formatVnd(Number(i.unit_price), lang)}
            </span>
          </li>
        ))}
      </ul>
      <p className="total-row">
        {t.cart.shipping}: {formatVnd(Number(order.shipping_total), lang)}
      </p>
      <p className="total-row">
        {t.order.total}: <strong data-testid="order-total">{formatVnd(Number(order.total), lang)}</strong>
      </p>
    </div>
  )
}
