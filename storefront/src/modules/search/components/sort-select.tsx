"use client"

import { useRouter } from "next/navigation"

/** Changing the order reloads the search with the new `sort` in the URL. */
export function SortSelect({
  value,
  options,
  label,
  hrefFor,
}: {
  value: string
  options: [string, string][]
  label: string
  hrefFor: Record<string, string>
}) {
  const router = useRouter()
  return (
    <label className="sort">
      {label}{" "}
      <select value={value} onChange={(e) => router.push(hrefFor[e.target.value])} name="sort">
        {options.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </label>
  )
}
