import type { PublicShowroom } from "@/lib/types"
import { dictionary, type Lang } from "@/lib/i18n"

/** The showroom locator: every showroom, by province, with address, hours and phone. */
export function ShowroomsTemplate({ showrooms, lang }: { showrooms: PublicShowroom[]; lang: Lang }) {
  const t = dictionary(lang).showrooms
  const provinces = [...new Set(showrooms.map((s) => s.province.name))].sort((a, b) => a.localeCompare(b, "vi"))
  return (
    <section>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {showrooms.length ? null : <p>{t.none}</p>}
      {provinces.map((province) => (
        <section key={province} aria-labelledby={`p-${province}`}>
          <h2 id={`p-${province}`}>{province}</h2>
          <ul className="seller-list" role="list" data-testid="showroom-list">
            {showrooms
              .filter((s) => s.province.name === province)
              .map((s) => (
                <li key={s.id}>
                  <strong>{s.name}</strong>
                  <div>
                    {s.address}, {s.commune}
                  </div>
                  {s.opening_hours ? (
                    <div className="muted">
                      {t.hours}: {s.opening_hours}
                    </div>
                  ) : null}
                  {s.phone ? (
                    <div>
                      <a href={`tel:${s.phone.replace(/[^0-9+]/g, "")}`}>{s.phone}</a>
                    </div>
                  ) : null}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </section>
  )
}
