"use client"

import { useEffect, useId, useRef, useState } from "react"
import { useRouter, useSearchParams } from "next/navigation"
import { fetchSuggestions, type Suggestion } from "@/lib/data/suggestions"
import type { Lang } from "@/lib/i18n"
import type { Dictionary } from "@/lib/i18n"

/**
 * The search box in every page's header: results as you type (a listbox
 * under the field, arrow keys and Enter to pick), Enter alone opens the full
 * results page, whose URL holds the search.
 */
export function SearchBox({ lang, t }: { lang: Lang; t: Dictionary["search"] }) {
  const router = useRouter()
  const params = useSearchParams()
  const [q, setQ] = useState(params?.get("q") ?? "")
  const [items, setItems] = useState<Suggestion[]>([])
  const [active, setActive] = useState(-1)
  const [open, setOpen] = useState(false)
  // the text a results page fills in is not typed: no suggestions are fetched for it until it is edited
  const [typed, setTyped] = useState(false)
  const listId = useId()
  const latest = useRef(0)
  // under two letters nothing is suggested (what was fetched for longer text is kept, not shown)
  const shown = q.trim().length < 2 ? [] : items

  useEffect(() => {
    const text = q.trim()
    const ticket = ++latest.current // a newer keystroke cancels an older request
    if (!typed || text.length < 2) return
    const timer = setTimeout(async () => {
      const suggestions = await fetchSuggestions(lang, text)
      if (!suggestions || ticket !== latest.current) return
      setItems(suggestions)
      setActive(-1)
    }, 150)
    return () => clearTimeout(timer)
  }, [q, lang, typed])

  const go = (href: string) => {
    setOpen(false)
    router.push(href)
  }

  return (
    <form
      role="search"
      className="search-box"
      action={`/${lang}/search`}
      onSubmit={(e) => {
        e.preventDefault()
        if (active >= 0 && shown[active]) go(`/${lang}/products/${shown[active].handle}`)
        else go(`/${lang}/search?q=${encodeURIComponent(q.trim())}`)
      }}
    >
      <label htmlFor="site-search" className="visually-hidden">
        {t.label}
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        value={q}
        maxLength={200}
        autoComplete="off"
        placeholder={t.placeholder}
        role="combobox"
        aria-expanded={open && shown.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        onChange={(e) => {
          setQ(e.target.value)
          setTyped(true)
          setOpen(true)
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault()
            setActive((a) => Math.min(a + 1, shown.length - 1))
          } else if (e.key === "ArrowUp") {
            e.preventDefault()
            setActive((a) => Math.max(a - 1, -1))
          } else if (e.key === "Escape") setOpen(false)
        }}
      />
      <button type="submit">{t.submit}</button>
      {open && shown.length > 0 ? (
        <ul id={listId} role="listbox" className="suggestions" aria-label={t.suggestions}>
          {shown.map((s, i) => (
            <li
              key={s.handle}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? "active" : undefined}
              onMouseDown={(e) => {
                e.preventDefault()
                go(`/${lang}/products/${s.handle}`)
              }}
            >
              <span className="suggestion-title">{s.title}</span>
              <span className="suggestion-meta">
                {"★".repeat(s.stars)} · {s.province_label} · {s.price_text}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  )
}
