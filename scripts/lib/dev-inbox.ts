/**
 * The development inbox: a real SMTP server (smtp-server) that keeps what it
 * receives in memory, and a page to read it. `npm start` runs it when SMTP_URL
 * is not set; the tests start one to receive the backend's mail.
 */
import http from "node:http"
import type { AddressInfo } from "node:net"
import { simpleParser } from "mailparser"
import { SMTPServer } from "smtp-server"

/** Where `npm start` runs it: SMTP on DEV_INBOX_SMTP_PORT (1025, the backend's default SMTP_URL), the page on DEV_INBOX_PORT (1080). */
export const devInboxPorts = (env = process.env) => ({
  smtp: Number(env.DEV_INBOX_SMTP_PORT || 1025),
  http: Number(env.DEV_INBOX_PORT || 1080),
})

export type ReceivedMail = {
  id: number
  at: string
  from: string
  to: string[]
  subject: string
  text: string
  html: string
  headers: Record<string, string>
}

export type DevInbox = {
  smtpPort: number
  httpPort: number
  url: string
  messages: ReceivedMail[]
  /** Stops accepting mail (connections are refused) until `resume`, on the same port. */
  pause(): Promise<void>
  resume(): Promise<void>
  clear(): void
  close(): Promise<void>
}

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!)

function page(messages: ReceivedMail[], selected?: ReceivedMail): string {
  const list = [...messages]
    .reverse()
    .map(
      (m) =>
        `<li${m === selected ? ' aria-current="true"' : ""}><a href="/?id=${m.id}"><strong>${escape(m.subject)}</strong><br><small>${escape(m.to.join(", "))} · ${escape(m.at)}</small></a></li>`
    )
    .join("")
  // the message's HTML is shown in a sandboxed frame: no scripts, no access to this page
  const body = selected
    ? `<h2>${escape(selected.subject)}</h2><p><small>From ${escape(selected.from)} to ${escape(selected.to.join(", "))}</small></p><iframe sandbox title="message" style="width:100%;height:70vh;border:1px solid #ddd" srcdoc="${escape(selected.html || `<pre>${escape(selected.text)}</pre>`)}"></iframe><details><summary>Plain text</summary><pre>${escape(selected.text)}</pre></details>`
    : "<p>Select a message.</p>"
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>OCOP dev inbox (${messages.length})</title><style>body{font-family:system-ui,sans-serif;margin:0;display:flex;min-height:100vh}nav{width:340px;border-right:1px solid #ddd;overflow:auto}ul{list-style:none;margin:0;padding:0}li a{display:block;padding:10px 12px;border-bottom:1px solid #eee;color:inherit;text-decoration:none}li[aria-current] a{background:#ecfdf5}main{flex:1;padding:12px 20px}</style></head><body><nav><h1 style="font-size:16px;padding:0 12px">Dev inbox · ${messages.length} messages</h1><ul>${list}</ul></nav><main>${body}</main></body></html>`
}

export async function startDevInbox(
  opts: { smtpPort?: number; httpPort?: number; host?: string } = {}
): Promise<DevInbox> {
  const host = opts.host ?? "127.0.0.1"
  const messages: ReceivedMail[] = []
  let nextId = 1
  const newSmtp = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData(stream, session, callback) {
        simpleParser(stream)
          .then((parsed) => {
            const headers: Record<string, string> = {}
            // the raw header lines (mailparser's parsed values turn some, like List-*, into objects)
            for (const { key, line } of parsed.headerLines)
              headers[key] = line
                .slice(line.indexOf(":") + 1)
                .replace(/\s+/g, " ")
                .trim()
            messages.push({
              id: nextId++,
              at: new Date().toISOString(),
              from: parsed.from?.text ?? "",
              to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
              subject: parsed.subject ?? "",
              text: parsed.text ?? "",
              html: typeof parsed.html === "string" ? parsed.html : "",
              headers,
            })
            callback()
          })
          .catch((e) => callback(e))
      },
    })
  const listen = (server: SMTPServer, port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once("error", reject)
      server.listen(port, host, () => resolve((server.server.address() as AddressInfo).port))
    })
  let smtp = newSmtp()
  const smtpPort = await listen(smtp, opts.smtpPort ?? 0)
  let paused = false

  const web = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost")
    if (url.pathname === "/messages.json") {
      res.writeHead(200, { "content-type": "application/json; charset=utf-8" })
      return res.end(JSON.stringify(messages))
    }
    const selected = messages.find((m) => m.id === Number(url.searchParams.get("id")))
    res.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; frame-src 'self'",
    })
    res.end(page(messages, selected ?? messages[messages.length - 1]))
  })
  await new Promise<void>((resolve, reject) => {
    web.once("error", reject)
    web.listen(opts.httpPort ?? 0, host, () => resolve())
  })
  const httpPort = (web.address() as AddressInfo).port

  const closeSmtp = () => new Promise<void>((resolve) => smtp.close(() => resolve()))
  return {
    smtpPort,
    httpPort,
    url: `http://localhost:${httpPort}`,
    messages,
    async pause() {
      if (paused) return
      paused = true
      await closeSmtp()
    },
    async resume() {
      if (!paused) return
      smtp = newSmtp()
      await listen(smtp, smtpPort)
      paused = false
    },
    clear() {
      messages.length = 0
    },
    async close() {
      if (!paused) await closeSmtp()
      await new Promise<void>((resolve) => web.close(() => resolve()))
    },
  }
}
