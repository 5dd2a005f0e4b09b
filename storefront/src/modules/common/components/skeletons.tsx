/** Placeholders in the shape of the page that is loading (announced once as busy, not read out). */
export function GridSkeleton({ cards = 8, label }: { cards?: number; label: string }) {
  return (
    <div aria-busy="true" aria-label={label} role="status">
      <div className="skeleton skeleton-title" />
      <ul className="grid" role="list" aria-hidden="true">
        {Array.from({ length: cards }, (_, i) => (
          <li key={i} className="card">
            <div className="skeleton skeleton-image" />
            <div className="skeleton skeleton-line" />
            <div className="skeleton skeleton-line" style={{ width: "60%" }} />
            <div className="skeleton skeleton-line" style={{ width: "40%" }} />
          </li>
        ))}
      </ul>
    </div>
  )
}

export function ProductSkeleton({ label }: { label: string }) {
  return (
    <div className="product" aria-busy="true" aria-label={label} role="status">
      <div className="skeleton skeleton-image" aria-hidden="true" />
      <div aria-hidden="true">
        <div className="skeleton skeleton-title" style={{ width: "80%" }} />
        <div className="skeleton skeleton-line" style={{ width: "30%" }} />
        <div className="skeleton skeleton-line" style={{ width: "50%", height: "2rem" }} />
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="skeleton skeleton-line" />
        ))}
      </div>
    </div>
  )
}
