import Link from "next/link"
import { getSellerMe, listSellerCertificates, listSellerConsignments, listSellerMembers, listSellerOrders, listSellerPayouts, listSellerProducts } from "@/lib/data/seller"
import { sellerLogout } from "@/lib/data/seller-actions"
import { dictionary, fill, type Lang } from "@/lib/i18n"
import { formatDate, formatVnd } from "@/lib/format"
import { currentProvinceOptions, producerTypeOptions } from "@/lib/seller-options"
import { InviteForm } from "@/modules/seller/components/invite-form"
import { SellerLoginForm } from "@/modules/seller/components/seller-login-form"
import { SellerSignupForm } from "@/modules/seller/components/seller-signup-form"
import { ShipForm } from "@/modules/seller/components/ship-form"

export const metadata = { title: "Kênh người bán · Seller portal" }

/** The producer portal: sign up or log in; then listings and why each is or is not on sale, certificates, orders, payouts. */
export default async function SellerHome({ params }: { params: Promise<{ lang: Lang }> }) {
  const { lang } = await params
  const t = dictionary(lang)
  const s = t.seller
  const me = await getSellerMe()
  if (!me) {
    return (
      <section>
        <h1>{s.title}</h1>
        <p>{s.intro}</p>
        <div className="two-columns">
          <SellerLoginForm lang={lang} t={t} />
          <SellerSignupForm lang={lang} t={t} provinces={await currentProvinceOptions()} types={producerTypeOptions(lang)} />
        </div>
      </section>
    )
  }
  const { producer } = me
  const approved = producer.status === "approved"
  const [products, certificates, orders, payouts, members, consignments] = approved
    ? await Promise.all([listSellerProducts(), listSellerCertificates(), listSellerOrders(), listSellerPayouts(), listSellerMembers(), listSellerConsignments()])
    : [[], [], [], [], [], []]
  return (
    <section>
      <h1>{producer.name}</h1>
      <p data-testid="seller-status">
        <strong>{s.status[producer.status]}</strong> · {fill(s.commission, { pct: producer.commission_bps / 100 })}
      </p>
      {producer.status === "pending" ? <p className="notice">{s.pendingHint}</p> : null}
      <form action={sellerLogout}>
        <input type="hidden" name="lang" value={lang} />
        <button type="submit" className="link-button">{s.logout}</button>
      </form>
      {approved ? (
        <>
          <h2>{s.listings}</h2>
          <p><Link href={`/${lang}/seller/products/new`} className="button primary">{s.newListing}</Link></p>
          <ul className="seller-list" role="list" data-testid="seller-products">
            {products.map((p) => (
              <li key={p.id}>
                <Link href={`/${lang}/seller/products/${p.id}`}>{p.title}</Link>{" "}
                {p.sale.on_sale ? <span className="success">{s.onSale}</span> : <span className="error">{s.notOnSale}: {s.reasons[p.sale.reason as keyof typeof s.reasons] ?? p.sale.reason}</span>}
              </li>
            ))}
          </ul>

          <h2>{s.certificates}</h2>
          <ul className="seller-list" role="list" data-testid="seller-certificates">
            {certificates.map((c) => (
              <li key={c.id}>
                {c.product_name} · {c.certificate_number} · {c.stars}★ · {s.certStatus[c.status as keyof typeof s.certStatus] ?? c.status}
                {c.status === "verified" ? ` · ${t.product.expires} ${formatDate(c.expires_at, lang)}` : ""}
                {c.status_reason ? ` · ${c.status_reason}` : ""}
                {c.expiry_warning ? <strong className="error"> · {s.warnings[c.expiry_warning]}</strong> : null}
              </li>
            ))}
          </ul>

          <h2>{s.orders}</h2>
          {orders.length ? (
            <ul className="seller-list" role="list" data-testid="seller-orders">
              {orders.map((o) => {
                const waiting = o.items.some((i) => i.shipped_quantity < i.quantity)
                return (
                  <li key={o.id}>
                    <strong>#{o.display_id}</strong> · {formatDate(o.created_at, lang)} · {o.shipping_address?.province ?? ""}
                    <ul>
                      {o.items.map((i) => (
                        <li key={i.id}>{i.title} · {i.variant_title} · {i.quantity} × {formatVnd(i.unit_price, lang)}{i.shipped_quantity >= i.quantity ? ` · ${s.shipped}` : ""}</li>
                      ))}
                    </ul>
                    {o.fulfillments.flatMap((f) => f.tracking_numbers ?? []).map((n) => <div key={n} className="muted">{s.tracking}: {n}</div>)}
                    {waiting ? <ShipForm lang={lang} t={t} orderId={o.id} /> : null}
                  </li>
                )
              })}
            </ul>
          ) : (
            <p>{s.noOrders}</p>
          )}

          <h2>{s.payouts}</h2>
          {payouts.length ? (
            <table className="orders" data-testid="seller-payouts">
              <thead>
                <tr><th scope="col">{s.period}</th><th scope="col">{s.units}</th><th scope="col">{s.gross}</th><th scope="col">{s.commissionAmount}</th><th scope="col">{s.net}</th></tr>
              </thead>
              <tbody>
                {payouts.map((p) => (
                  <tr key={p.period}><td>{p.period}</td><td>{p.units}</td><td>{formatVnd(p.gross, lang)}</td><td>{formatVnd(p.commission, lang)}</td><td><strong>{formatVnd(p.net, lang)}</strong></td></tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <p><a href="/api/seller/payouts" download>{s.downloadCsv}</a></p>

          <h2>{s.consigned}</h2>
          {consignments.length ? (
            consignments.map((c) => (
              <section key={c.id} data-testid="seller-consignments">
                <h3>{c.name}</h3>
                <ul className="seller-list" role="list">
                  {c.stock.map((l) => (
                    <li key={l.variant_id}>{l.name}: {s.onHandAt} {l.on_hand} · {s.soldThere} {l.sold} ({formatVnd(l.sold_value, lang)})</li>
                  ))}
                  {c.settlements.map((x) => (
                    <li key={x.id}>
                      {s.settlement} {formatDate(x.period_start, lang)}–{formatDate(new Date(new Date(x.period_end).getTime() - 1), lang)}: {x.units} · {formatVnd(x.gross, lang)} − {formatVnd(x.commission, lang)} = <strong>{formatVnd(x.net, lang)}</strong> · {s.settlementStatus[x.status as keyof typeof s.settlementStatus] ?? x.status}
                    </li>
                  ))}
                </ul>
              </section>
            ))
          ) : (
            <p className="muted">{s.noConsignments}</p>
          )}

          <h2>{s.members}</h2>
          <ul className="seller-list" role="list" data-testid="seller-members">
            {members.map((m) => (
              <li key={m.id}>{m.name ? `${m.name} · ` : ""}{m.email} · {m.role === "owner" ? s.owner : s.member}</li>
            ))}
          </ul>
          {me.member.role === "owner" ? <InviteForm lang={lang} t={t} /> : null}
        </>
      ) : null}
    </section>
  )
}
