import type { Receipt } from "@/lib/types"
import { dictionary, type Lang } from "@/lib/i18n"
import { formatDate, formatVnd } from "@/lib/format"

/** A receipt laid out for printing (the browser's print command): an intake receipt or a sales receipt. */
export function ReceiptTemplate({ receipt: r, lang }: { receipt: Receipt; lang: Lang }) {
  const t = dictionary(lang)
  const s = t.staff
  return (
    <article className="narrow receipt" data-testid="receipt">
      <h1>
        {r.kind === "sale" ? s.saleReceipt : s.intakeReceipt} {r.number}
      </h1>
      <p>
        {r.showroom.name} · {r.showroom.address}, {r.showroom.commune}
      </p>
      <p>
        {formatDate(r.created_at, lang)} · {s.staffName}: {r.staff}
      </p>
      <table className="orders">
        <thead>
          <tr>
            <th scope="col">{t.product.variant}</th>
            <th scope="col">SKU</th>
            <th scope="col">{t.product.quantity}</th>
            {r.kind === "sale" ? (
              <th scope="col">{t.seller.price}</th>
            ) : (
              <>
                <th scope="col">{s.lot}</th>
                <th scope="col">{s.bestBefore}</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {r.lines.map((l, i) => (
            <tr key={i}>
              <td>{l.name}</td>
              <td>{l.sku}</td>
              <td>{l.quantity}</td>
              {r.kind === "sale" ? (
                <td>{formatVnd(l.unit_price, lang)}</td>
              ) : (
                <>
                  <td>{l.lot ?? ""}</td>
                  <td>{l.best_before ? formatDate(l.best_before, lang) : ""}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {r.kind === "sale" ? (
        <p className="total-row">
          {s.payment}: {s.payments[r.payment_method as keyof typeof s.payments] ?? r.payment_method} · {t.order.total}:{" "}
          <strong>{formatVnd(r.total, lang)}</strong>
        </p>
      ) : null}
    </article>
  )
}
