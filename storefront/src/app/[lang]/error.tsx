"use client"

import { ERROR_MESSAGES } from "@/lib/i18n/error-messages"

/** Any failure while rendering (the backend down, say) shows a message and a retry, never a blank page. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const lang = typeof document !== "undefined" && document.documentElement.lang === "en" ? "en" : "vi"
  const t = ERROR_MESSAGES[lang]
  return (
    <section className="narrow" role="alert">
      <h1>{t.title}</h1>
      <p>{t.backend}</p>
      <button type="button" onClick={reset} className="primary">
        {t.retry}
      </button>
    </section>
  )
}
