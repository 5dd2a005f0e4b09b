import { dictionary, type Lang } from "@/lib/i18n"
import type { OrderPart } from "@/lib/types"

/** Each producer's part of an order and its progress, with tracking numbers. */
export function OrderParts({ parts, lang }: { parts: OrderPart[]; lang: Lang }) {
  const t = dictionary(lang).order
  return (
    <>
      <h2>{t.parts}</h2>
      <ul className="parts" role="list" data-testid="order-parts">
        {parts.map((p) => (
          <li key={p.producer.handle ?? p.producer.name}>
            <strong>{p.producer.name}</strong>: {t.partStatus[p.status as keyof typeof t.partStatus] ?? p.status}
            {p.tracking_numbers?.length ? (
              <span className="muted">
                {" "}
                · {t.tracking}: {p.tracking_numbers.join(", ")}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  )
}
