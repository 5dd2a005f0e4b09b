import { fill } from "@/lib/i18n"
import type { ReviewsText } from "../i18n"

/** 1-5 stars as radio buttons (keyboard and screen readers work without script). */
export function RatingInput({ t, name, value }: { t: ReviewsText; name: string; value?: number }) {
  return (
    <fieldset className="rating-input">
      <legend>{t.rating}</legend>
      {[5, 4, 3, 2, 1].map((n) => (
        <label key={n}>
          <input type="radio" name={name} value={n} defaultChecked={value === n} required />
          {fill(t.starsRow, { stars: n })}
        </label>
      ))}
    </fieldset>
  )
}
