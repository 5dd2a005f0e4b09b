import { fill } from "@/lib/i18n"
import type { CounterfeitSignal } from "@/lib/types"
import type { TraceText } from "../i18n"

/** Counterfeit signals said plainly, first on the page; or that none were seen. */
export function TraceSignals({ signals, t }: { signals: CounterfeitSignal[]; t: TraceText }) {
  if (!signals.length)
    return (
      <p className="trace-ok" data-testid="trace-ok">
        ✓ {t.okHeading}
      </p>
    )
  return (
    <div className="trace-warning" role="alert" data-testid="trace-warning">
      <h2>⚠ {t.warnHeading}</h2>
      <ul>
        {signals.map((s) => (
          <li key={s.kind} data-testid={`signal-${s.kind}`}>
            {fill(t.signals[s.kind], Object.fromEntries(Object.entries(s).filter(([k]) => k !== "kind")))}
          </li>
        ))}
      </ul>
    </div>
  )
}
