"use client"

import { useEffect, useId, useMemo, useState } from "react"
import { fold } from "@/lib/fold"
import { fill, type Dictionary } from "@/lib/i18n"

const SHOWN = 60 // a long list is filtered by typing, not scrolled

/**
 * The commune or ward, picked from the chosen province's list (there are no
 * districts since 2025): a combobox that filters as you type, with or
 * without diacritics; arrow keys, Enter and Escape work as in the search box.
 * The field itself is what the form sends, so it also works before scripts load.
 */
export function CommunePicker(props: {
  t: Dictionary["checkout"]
  provinceCode: string
  provinceName: string
  value: string
  onChange: (value: string) => void
  error?: string
}) {
  const { t, provinceCode } = props
  const [loaded, setLoaded] = useState<{ code: string; names: string[] } | null>(null)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const listId = useId()
  const hintId = useId()

  useEffect(() => {
    if (!provinceCode) return
    let current = true
    fetch(`/api/communes/${provinceCode}`)
      .then((r) => (r.ok ? r.json() : { communes: [] }))
      .then((body: { communes: string[] }) => current && setLoaded({ code: provinceCode, names: body.communes }))
      .catch(() => current && setLoaded({ code: provinceCode, names: [] }))
    return () => {
      current = false
    }
  }, [provinceCode])

  const names = useMemo(() => (loaded?.code === provinceCode ? loaded.names : null), [loaded, provinceCode])
  const matches = useMemo(() => {
    if (!names) return []
    const typed = fold(props.value)
    return (typed ? names.filter((n) => fold(n).includes(typed)) : names).slice(0, SHOWN)
  }, [names, props.value])
  const showList = open && matches.length > 0
  const pick = (name: string) => {
    props.onChange(name)
    setOpen(false)
    setActive(-1)
  }
  const hint = !provinceCode
    ? t.chooseProvinceFirst
    : !names
      ? t.loadingWards
      : props.value && !matches.length
        ? t.noWardMatch
        : fill(t.wardCount, { n: names.length })

  return (
    <div className="commune-picker">
      <label htmlFor="ward">{t.ward}</label>
      <input
        id="ward"
        name="ward"
        required
        autoComplete="address-level2"
        placeholder={provinceCode ? t.wardPlaceholder : t.chooseProvinceFirst}
        disabled={!provinceCode}
        value={props.value}
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={props.error ? `ward-error ${hintId}` : hintId}
        aria-invalid={props.error ? true : undefined}
        onChange={(e) => {
          props.onChange(e.target.value)
          setOpen(true)
          setActive(-1)
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault()
            setOpen(true)
            setActive((a) => Math.min(a + 1, matches.length - 1))
          } else if (e.key === "ArrowUp") {
            e.preventDefault()
            setActive((a) => Math.max(a - 1, -1))
          } else if (e.key === "Enter" && showList) {
            // Enter picks the highlighted unit, or the only one left, instead of submitting
            const chosen = matches[active] ?? (matches.length === 1 ? matches[0] : undefined)
            if (chosen) {
              e.preventDefault()
              pick(chosen)
            }
          } else if (e.key === "Escape") setOpen(false)
        }}
      />
      <span id={hintId} className="hint">
        {hint}
      </span>
      {props.error ? (
        <span className="field-error" id="ward-error" role="alert">
          {props.error}
        </span>
      ) : null}
      {showList ? (
        <ul
          id={listId}
          role="listbox"
          className="suggestions commune-list"
          aria-label={fill(t.wardList, { province: props.provinceName })}
        >
          {matches.map((name, i) => (
            <li
              key={name}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? "active" : undefined}
              onMouseDown={(e) => {
                e.preventDefault()
                pick(name)
              }}
            >
              {name}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
