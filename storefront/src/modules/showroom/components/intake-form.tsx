"use client"

import { useState } from "react"
import { recordIntake } from "@/lib/data/staff-actions"
import { keepInputs } from "@/lib/keep-inputs"
import { useStaffForm, type StaffFormProps, type Line } from "./use-staff-form"
import { linesJson, ScanLines } from "./scan-lines"
import { StampScan } from "@/modules/trace/components/stamp-scan"

export function IntakeForm({ lang, t }: StaffFormProps) {
  const f = useStaffForm(recordIntake, t.staff.print, lang)
  const [lines, setLines] = useState<Line[]>([])
  const [lot, setLot] = useState("")
  const [bestBefore, setBestBefore] = useState("")
  return (
    <form action={f.dispatch} onSubmit={keepInputs(f.dispatch)} className="stack" aria-labelledby="intake">
      <h2 id="intake">{t.staff.intake}</h2>
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="lines" value={linesJson(lines)} />
      <StampScan
        lang={lang === "en" ? "en" : "vi"}
        onFound={(s) => {
          if (!lines.some((l) => l.id === s.variant.id)) setLines([...lines, { ...s.variant, quantity: 1 }])
          setLot(s.lot)
          setBestBefore(s.best_before)
        }}
      />
      <ScanLines t={t.staff} lines={lines} setLines={setLines} id="intake" />
      <label>
        {t.staff.lot}
        <input name="lot" maxLength={64} value={lot} onChange={(e) => setLot(e.target.value)} />
      </label>
      <label>
        {t.staff.bestBefore}
        <input name="best_before" type="date" value={bestBefore} onChange={(e) => setBestBefore(e.target.value)} />
      </label>
      {f.message}
      <button type="submit" className="primary" disabled={f.pending || !lines.length}>
        {t.staff.receive}
      </button>
    </form>
  )
}
