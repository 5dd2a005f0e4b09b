import { dictionary, fill, type Lang } from "@/lib/i18n"

/** "OCOP 4 sao · cấp tỉnh": the badge every product carries. */
export function StarBadge({
  stars,
  level,
  potential,
  lang,
  size = "md",
}: {
  stars: number
  level: string
  potential?: boolean
  lang: Lang
  size?: "sm" | "md"
}) {
  const t = dictionary(lang).badge
  const label = fill(t.stars, { n: stars })
  const levelText = level === "national" ? t.national : t.provincial
  return (
    <span className={`badge badge-${stars} badge-${size}`} aria-label={`${label}, ${levelText}`}>
      <span className="badge-stars" aria-hidden="true">
        {"★".repeat(stars)}
      </span>
      <span className="badge-text">{label}</span>
      <span className="badge-level">{levelText}</span>
      {potential ? <span className="badge-level">{t.potential}</span> : null}
    </span>
  )
}
