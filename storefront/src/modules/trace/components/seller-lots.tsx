import { formatDate } from "@/lib/format"
import type { Lang } from "@/lib/i18n"
import { getSellerLots } from "@/lib/data/trace"
import { listSellerProducts } from "@/lib/data/seller"
import { traceText } from "../i18n"
import { RegisterLotForm } from "./register-lot-form"
import "../trace.css"

/** The producer portal's lots: each with its stamp sheet to print, and a form for a new one. */
export async function SellerLots({ lang }: { lang: Lang }) {
  const t = traceText(lang)
  const [lots, products] = await Promise.all([getSellerLots(), listSellerProducts()])
  const onSale = products.filter((p) => p.sale.on_sale).map((p) => ({ id: p.id, title: p.title }))
  return (
    <section aria-labelledby="seller-lots-heading" className="seller-lots" data-testid="seller-lots">
      <h2 id="seller-lots-heading">{t.sellerHeading}</h2>
      {lots.length ? (
        <table className="orders">
          <thead>
            <tr>
              <th scope="col">{t.lotCode}</th>
              <th scope="col">{t.product}</th>
              <th scope="col">{t.producedOn}</th>
              <th scope="col">{t.bestBefore}</th>
              <th scope="col">{t.quantity}</th>
              <th scope="col">{t.stampsCol}</th>
              <th scope="col">{t.soldCol}</th>
              <th scope="col">PDF</th>
            </tr>
          </thead>
          <tbody>
            {lots.map((l) => (
              <tr key={l.id} data-testid="seller-lot">
                <td>{l.lot_code}</td>
                <td>{l.product_title}</td>
                <td>{formatDate(l.produced_on, lang)}</td>
                <td>{formatDate(l.best_before, lang)}</td>
                <td>{l.quantity}</td>
                <td>{l.codes}</td>
                <td>{l.sold}</td>
                <td>
                  <a href={`/api/seller/lots/${l.id}/sheet`} data-testid="lot-sheet" target="_blank" rel="noopener">
                    {t.sheet}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t.sellerNone}</p>
      )}
      <RegisterLotForm products={onSale} lang={lang} t={t} />
    </section>
  )
}
