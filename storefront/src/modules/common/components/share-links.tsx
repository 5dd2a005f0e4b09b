"use client"

import { useState, useSyncExternalStore } from "react"
import type { Dictionary } from "@/lib/i18n"

/**
 * Share a page without any third-party script: the phone's own share sheet
 * (Zalo, Messenger... where installed; Zalo's share plugin would need its
 * script), Facebook's sharer as a plain link, and copying the link. The
 * preview a chat app shows comes from the page's Open Graph tags.
 */
const noSubscription = () => () => undefined

export function ShareLinks({ url, title, t }: { url: string; title: string; t: Dictionary["share"] }) {
  const [copied, setCopied] = useState(false)
  // the share sheet exists only in some browsers: known after hydration, never guessed on the server
  const canShare = useSyncExternalStore(
    noSubscription,
    () => typeof navigator.share === "function",
    () => false
  )
  return (
    <div className="share-links" data-testid="share-links">
      <span className="field-label">{t.title}:</span>
      {canShare ? (
        <button type="button" onClick={() => navigator.share({ title, url }).catch(() => undefined)}>
          {t.native}
        </button>
      ) : null}
      <a
        className="button"
        href={`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`}
        target="_blank"
        rel="noopener noreferrer"
      >
        {t.facebook}
      </a>
      <button
        type="button"
        onClick={() =>
          navigator.clipboard
            ?.writeText(url)
            .then(() => setCopied(true))
            .catch(() => undefined)
        }
      >
        {t.copy}
      </button>
      <span role="status" className="success">
        {copied ? t.copied : ""}
      </span>
    </div>
  )
}
