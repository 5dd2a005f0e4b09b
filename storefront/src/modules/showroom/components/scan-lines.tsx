"use client"

import { useRef, useState } from "react"
import { findVariants } from "@/lib/data/staff-actions"
import type { FoundVariant } from "@/lib/types"
import type { Dictionary } from "@/lib/i18n"
import type { Line } from "./use-staff-form"

/**
 * Lines picked by scanning (a barcode reader types the code and Enter) or by
 * name; used for intake and for counter sales.
 */
export function ScanLines({
  t,
  lines,
  setLines,
  id,
}: {
  t: Dictionary["staff"]
  lines: Line[]
  setLines: (l: Line[]) => void
  id: string
}) {
  const [code, setCode] = useState("")
  const [found, setFound] = useState<FoundVariant[] | null>(null)
  // the barcode reader types into the focused field: after each line the focus goes back to it
  const scanField = useRef<HTMLInputElement>(null)
  const add = (v: FoundVariant) => {
    const existing = lines.find((l) => l.id === v.id)
    setLines(
      existing
        ? lines.map((l) => (l.id === v.id ? { ...l, quantity: l.quantity + 1 } : l))
        : [...lines, { ...v, quantity: 1 }]
    )
    setFound(null)
    setCode("")
    scanField.current?.focus()
  }
  const search = async () => {
    const result = await findVariants(code)
    if (result.length === 1) add(result[0])
    else setFound(result)
  }
  return (
    <div className="stack">
      <label>
        {t.scan}
        <input
          id={`${id}-scan`}
          ref={scanField}
          className="scan-input"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="enter"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault()
              void search()
            }
          }}
        />
      </label>
      <button type="button" onClick={() => void search()}>
        {t.find}
      </button>
      {found && !found.length ? (
        <p className="error" role="alert">
          {t.nothingFound}
        </p>
      ) : null}
      {found?.length ? (
        <ul>
          {found.map((v) => (
            <li key={v.id}>
              {v.product_title} · {v.title} · {v.sku}{" "}
              <button type="button" onClick={() => add(v)}>
                {t.add}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {lines.length ? (
        <table className="orders" aria-label={t.lines} data-testid={`${id}-lines`}>
          <tbody>
            {lines.map((l) => (
              <tr key={l.id}>
                <td>
                  {l.product_title} · {l.title}
                </td>
                <td>
                  <input
                    type="number"
                    min={1}
                    max={100000}
                    value={l.quantity}
                    aria-label={`${t.onHand}: ${l.product_title}`}
                    onChange={(e) =>
                      setLines(
                        lines.map((x) =>
                          x.id === l.id ? { ...x, quantity: Math.max(1, Number(e.target.value) || 1) } : x
                        )
                      )
                    }
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => setLines(lines.filter((x) => x.id !== l.id))}
                  >
                    {t.remove}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  )
}

export const linesJson = (lines: Line[]) =>
  JSON.stringify(lines.map((l) => ({ variant_id: l.id, quantity: l.quantity })))
