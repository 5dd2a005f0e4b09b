import type { StockRow } from "@/lib/types"
import { dictionary, type Lang } from "@/lib/i18n"
import { CountForm } from "@/modules/showroom/components/count-form"
import { ReturnForm } from "@/modules/showroom/components/return-form"

/** Stock on hand per variant, each with a return to its producer and a count. */
export function StaffStock({ stock, lang }: { stock: StockRow[]; lang: Lang }) {
  const t = dictionary(lang)
  const s = t.staff
  return (
    <>
      <h2>{s.stock}</h2>
      <table className="orders" data-testid="staff-stock">
        <thead>
          <tr>
            <th scope="col">{t.product.variant}</th>
            <th scope="col">SKU</th>
            <th scope="col">{s.onHand}</th>
            <th scope="col">
              {s.returns} / {s.count}
            </th>
          </tr>
        </thead>
        <tbody>
          {stock.map((r) => (
            <tr key={r.variant_id}>
              <td>
                {r.product_title} · {r.title}
                {r.on_sale ? null : (
                  <div className="error" data-testid={`off-sale-${r.sku}`}>
                    {s.offSale} ({r.reason ? t.seller.reasons[r.reason] : ""})
                  </div>
                )}
              </td>
              <td>{r.sku}</td>
              <td data-testid={`on-hand-${r.sku}`}>{r.on_hand}</td>
              <td>
                <ReturnForm lang={lang} t={t} variantId={r.variant_id} />
                <CountForm lang={lang} t={t} variantId={r.variant_id} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
