import type { SellerOrder } from "@/lib/types"
import { dictionary, type Lang } from "@/lib/i18n"
import { formatDate, formatVnd } from "@/lib/format"
import { ShipForm } from "@/modules/seller/components/ship-form"

/** The producer's part of each order; lines still to ship get the shipping form. */
export function SellerOrders({ orders, lang }: { orders: SellerOrder[]; lang: Lang }) {
  const t = dictionary(lang)
  const s = t.seller
  return (
    <>
      <h2>{s.orders}</h2>
      {orders.length ? (
        <ul className="seller-list" role="list" data-testid="seller-orders">
          {orders.map((o) => {
            const waiting = o.items.some((i) => i.shipped_quantity < i.quantity)
            return (
              <li key={o.id}>
                <strong>#{o.display_id}</strong> · {formatDate(o.created_at, lang)} ·{" "}
                {o.shipping_address?.province ?? ""}
                <ul>
                  {o.items.map((i) => (
                    <li key={i.id}>
                      {i.title} · {i.variant_title} · {i.quantity} × {formatVnd(i.unit_price, lang)}
                      {i.shipped_quantity >= i.quantity ? ` · ${s.shipped}` : ""}
                    </li>
                  ))}
                </ul>
                {o.fulfillments
                  .flatMap((f) => f.tracking_numbers ?? [])
                  .map((n) => (
                    <div key={n} className="muted">
                      {s.tracking}: {n}
                    </div>
                  ))}
                {waiting ? <ShipForm lang={lang} t={t} orderId={o.id} /> : null}
              </li>
            )
          })}
        </ul>
      ) : (
        <p>{s.noOrders}</p>
      )}
    </>
  )
}
