"use client"

import { useEffect, useState } from "react"
import type { Lang } from "@/lib/i18n"
import { fill } from "@/lib/i18n/fill"
import { formatVnd } from "@/lib/format"
import type { BankTransferState } from "@/lib/types"
import { bankTransferStrings } from "../strings"
import "../bank-transfer.css"

const POLL_MS = 3000
const open = (s: BankTransferState | null) => !!s && (s.status === "awaiting" || s.status === "partial")

async function qrSvg(payload: string): Promise<string> {
  const QRCode = (await import("qrcode")).default
  return QRCode.toString(payload, { type: "svg", margin: 2, width: 240, errorCorrectionLevel: "M" })
}

const deadlineText = (iso: string, lang: Lang) =>
  new Intl.DateTimeFormat(lang === "vi" ? "vi-VN" : "en-GB", {
    timeZone: "Asia/Ho_Chi_Minh",
    hour: "2-digit",
    minute: "2-digit",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  }).format(new Date(iso))

function CopyRow({
  label,
  value,
  shown,
  id,
  t,
}: {
  label: string
  value: string
  shown?: string
  id: string
  t: ReturnType<typeof bankTransferStrings>
}) {
  const [copied, setCopied] = useState(false)
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value)
      setCopied(true)
      setTimeout(() => setCopied(false), 2000)
    } catch {
      // no clipboard (an insecure page or a refusal): the value stays on screen to copy by hand
    }
  }
  return (
    <div className="row bank-transfer-row">
      <dt>{label}</dt>
      <dd>
        <span data-testid={`bank-transfer-${id}`}>{shown ?? value}</span>{" "}
        <button
          type="button"
          className="copy-button"
          onClick={copy}
          data-testid={`copy-${id}`}
          aria-label={`${t.copy}: ${label}`}
        >
          {copied ? t.copied : t.copy}
        </button>
      </dd>
    </div>
  )
}

/**
 * The order's bank transfer: the VietQR code for what is still due, the same
 * details as text with copy buttons, the deadline; it asks again every few
 * seconds while the money is awaited and turns paid by itself.
 */
export function BankTransferLive({
  orderId,
  lang,
  initial,
  initialSvg,
}: {
  orderId: string
  lang: Lang
  initial: BankTransferState | null
  initialSvg: string | null
}) {
  const t = bankTransferStrings(lang)
  const [state, setState] = useState<BankTransferState | null>(initial)
  const [svg, setSvg] = useState<{ payload: string | null; svg: string | null }>({
    payload: initial?.qr_payload ?? null,
    svg: initialSvg,
  })
  const [loaded, setLoaded] = useState(!!initial)

  useEffect(() => {
    if (loaded && !open(state)) return
    let stop = false
    const load = async () => {
      try {
        const res = await fetch(`/api/bank-transfer/${orderId}`, { cache: "no-store" })
        if (!res.ok || stop) return
        const next = ((await res.json()) as { bank_transfer: BankTransferState | null }).bank_transfer
        if (stop) return
        setState(next)
        setLoaded(true)
        if (next?.qr_payload && next.qr_payload !== svg.payload) {
          const made = await qrSvg(next.qr_payload)
          if (!stop) setSvg({ payload: next.qr_payload, svg: made })
        }
      } catch {
        // offline for a moment: the next round asks again
      }
    }
    const timer = setTimeout(load, loaded ? POLL_MS : 0)
    return () => {
      stop = true
      clearTimeout(timer)
    }
  }, [orderId, state, loaded, svg.payload])

  if (!state) return null
  const status =
    state.status === "paid"
      ? t.paid
      : state.status === "overpaid"
        ? fill(t.overpaid, { excess: formatVnd(state.received - state.amount, lang) })
        : state.status === "partial"
          ? fill(t.partial, { received: formatVnd(state.received, lang), remaining: formatVnd(state.remaining, lang) })
          : state.status === "expired"
            ? t.expired
            : state.status === "canceled"
              ? t.canceled
              : t.waiting
  const due = open(state)
  return (
    <section className="bank-transfer stack" aria-labelledby="bank-transfer-title" data-testid="bank-transfer">
      <h2 id="bank-transfer-title">{t.title}</h2>
      <p
        role="status"
        aria-live="polite"
        className={`bank-transfer-status ${due ? "muted" : state.status === "paid" || state.status === "overpaid" ? "ok" : "error"}`}
        data-testid="bank-transfer-status"
        data-status={state.status}
      >
        <strong>{status}</strong>
        {state.status === "paid" ? ` · ${t.paidNote}` : ""}
        {(state.status === "expired" || state.status === "canceled") && state.received > 0 ? ` ${t.refund}` : ""}
      </p>
      {due ? (
        <>
          <p>{t.scan}</p>
          {svg.svg && svg.payload === state.qr_payload ? (
            <figure className="qr bank-transfer-qr">
              <div
                role="img"
                aria-label={fill(t.qrLabel, { amount: formatVnd(state.remaining, lang) })}
                data-testid="bank-transfer-qr"
                data-payload={state.qr_payload ?? ""}
                dangerouslySetInnerHTML={{ __html: svg.svg }}
              />
            </figure>
          ) : null}
          <dl>
            <CopyRow label={t.bank} value={state.bank.name} id="bank" t={t} />
            <CopyRow label={t.accountNo} value={state.bank.account_no} id="account" t={t} />
            <CopyRow label={t.accountName} value={state.bank.account_name} id="name" t={t} />
            <CopyRow
              label={t.amount}
              value={String(state.remaining)}
              shown={formatVnd(state.remaining, lang)}
              id="amount"
              t={t}
            />
            <CopyRow label={t.message} value={state.message} id="message" t={t} />
          </dl>
          <p className="muted" data-testid="bank-transfer-deadline">
            {fill(t.deadline, { at: deadlineText(state.expires_at, lang) })}
          </p>
        </>
      ) : null}
    </section>
  )
}
