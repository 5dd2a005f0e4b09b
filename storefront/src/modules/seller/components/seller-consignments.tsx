import type { SellerConsignment } from "@/lib/types"
import { dictionary, type Lang } from "@/lib/i18n"
import { formatDate, formatVnd } from "@/lib/format"

/** The producer's goods at each showroom, what sold there, and its settlements. */
export function SellerConsignments({ consignments, lang }: { consignments: SellerConsignment[]; lang: Lang }) {
  const s = dictionary(lang).seller
  return (
    <>
      <h2>{s.consigned}</h2>
      {consignments.length ? (
        consignments.map((c) => (
          <section key={c.id} data-testid="seller-consignments">
            <h3>{c.name}</h3>
            <ul className="seller-list" role="list">
              {c.stock.map((l) => (
                <li key={l.variant_id}>
                  {l.name}: {s.onHandAt} {l.on_hand} · {s.soldThere} {l.sold} ({formatVnd(l.sold_value, lang)})
                </li>
              ))}
              {c.settlements.map((x) => (
                <li key={x.id}>
                  {s.settlement} {formatDate(x.period_start, lang)}–
                  {formatDate(new Date(new Date(x.period_end).getTime() - 1), lang)}: {x.units} ·{" "}
                  {formatVnd(x.gross, lang)} − {formatVnd(x.commission, lang)} ={" "}
                  <strong>{formatVnd(x.net, lang)}</strong> ·{" "}
                  {s.settlementStatus[x.status as keyof typeof s.settlementStatus] ?? x.status}
                </li>
              ))}
            </ul>
          </section>
        ))
      ) : (
        <p className="muted">{s.noConsignments}</p>
      )}
    </>
  )
}
