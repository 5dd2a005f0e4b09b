import type { PayoutPeriod } from "@/lib/types"
import { dictionary, type Lang } from "@/lib/i18n"
import { formatVnd } from "@/lib/format"
import { PayoutsChart } from "./payouts-chart"

/** Earnings per month from online sales, less the commission; the statement as CSV. */
export function SellerPayouts({ payouts, lang }: { payouts: PayoutPeriod[]; lang: Lang }) {
  const s = dictionary(lang).seller
  return (
    <>
      <h2>{s.payouts}</h2>
      {payouts.length ? <PayoutsChart payouts={payouts} lang={lang} /> : null}
      {payouts.length ? (
        <table className="orders" data-testid="seller-payouts">
          <thead>
            <tr>
              <th scope="col">{s.period}</th>
              <th scope="col">{s.units}</th>
              <th scope="col">{s.gross}</th>
              <th scope="col">{s.commissionAmount}</th>
              <th scope="col">{s.net}</th>
            </tr>
          </thead>
          <tbody>
            {payouts.map((p) => (
              <tr key={p.period}>
                <td>{p.period}</td>
                <td>{p.units}</td>
                <td>{formatVnd(p.gross, lang)}</td>
                <td>{formatVnd(p.commission, lang)}</td>
                <td>
                  <strong>{formatVnd(p.net, lang)}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p>
        <a href="/api/seller/payouts" download>
          {s.downloadCsv}
        </a>
      </p>
    </>
  )
}
