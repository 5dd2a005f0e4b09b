/** Stars as text (★★★★☆) with the number for screen readers. */
export function Stars({ value, label }: { value: number; label: string }) {
  const full = Math.round(value)
  return (
    <span className="review-stars" role="img" aria-label={label}>
      {"★".repeat(full)}
      <span className="review-stars-off">{"★".repeat(5 - full)}</span>
    </span>
  )
}
