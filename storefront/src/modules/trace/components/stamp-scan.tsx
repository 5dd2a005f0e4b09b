"use client"

import { useState } from "react"
import { lookupStamp } from "@/lib/data/trace-actions"
import type { FoundVariant } from "@/lib/types"
import type { Lang } from "@/lib/i18n"
import { traceText } from "../i18n"

/**
 * Intake by stamp: scanning a traceability stamp (a reader types the code and
 * Enter) fills in the product, the lot and its best-before date.
 */
export function StampScan({
  lang,
  onFound,
}: {
  lang: Lang
  onFound: (s: { variant: FoundVariant; lot: string; best_before: string }) => void
}) {
  const t = traceText(lang)
  const [code, setCode] = useState("")
  const [missing, setMissing] = useState(false)
  const look = async () => {
    const stamp = await lookupStamp(code)
    setMissing(!stamp?.variants.length)
    if (!stamp?.variants.length) return
    onFound({ variant: stamp.variants[0], lot: stamp.lot, best_before: stamp.best_before })
    setCode("")
  }
  return (
    <div className="stack">
      <label>
        {t.scanStamp}
        <input
          id="intake-stamp"
          value={code}
          aria-describedby="intake-stamp-hint"
          onChange={(e) => setCode(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault()
              void look()
            }
          }}
        />
      </label>
      <small id="intake-stamp-hint" className="muted">
        {t.scanStampHint}
      </small>
      {missing ? (
        <p className="error" role="alert">
          {t.stampNotFound}
        </p>
      ) : null}
    </div>
  )
}
