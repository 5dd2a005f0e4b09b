import { dictionary, fill, type Lang } from "@/lib/i18n"
import type { ShowroomHolding } from "@/lib/types"

/** The showrooms that hold the product for pickup or the counter, with their units. */
export function ShowroomAvailability({ held, lang }: { held: ShowroomHolding[]; lang: Lang }) {
  const ts = dictionary(lang).showrooms
  return (
    <section aria-labelledby="held-heading" data-testid="showroom-availability">
      <h2 id="held-heading">{ts.heldAt}</h2>
      {held.length ? (
        <ul>
          {held.map((s) => (
            <li key={s.id}>
              <a href={`/${lang}/showrooms`}>{s.name}</a>, {s.address}, {s.commune} ·{" "}
              {fill(ts.units, { n: s.available })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{ts.notHeld}</p>
      )}
    </section>
  )
}
