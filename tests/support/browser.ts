import fs from "node:fs"
import path from "node:path"
import { chromium, type Browser, type Locator, type Page } from "playwright-core"
import { eventually } from "./eventually"
import { freePort } from "../../scripts/lib/embedded-postgres"
import { buildStorefrontIfNeeded, startStorefront } from "../../scripts/lib/storefront"
import type { ChildProcess } from "node:child_process"

export const SCREENSHOTS = path.resolve(__dirname, "../../test-output/screenshots")
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"

/** Debian's Chromium, headless, with no background traffic (this machine has no network). */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`)
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  })
}

/** The production build of the storefront (built if its sources changed), served against the given backend. */
export async function serveStorefront(
  backendUrl: string,
  publishableKey: string
): Promise<{ url: string; stop(): void }> {
  await buildStorefrontIfNeeded()
  const port = await freePort()
  const child: ChildProcess = await startStorefront({ port, backendUrl, publishableKey })
  return {
    url: `http://localhost:${port}`,
    stop: () => {
      try {
        process.kill(-child.pid!, "SIGTERM")
      } catch {
        // already gone
      }
    },
  }
}

export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })
}

/** The element's text contains (or, exactly, is) the expected text, once the page has settled. */
export const seeText = (loc: Locator, text: string, exact = false) =>
  eventually(async () => {
    const actual = (await loc.innerText()).trim()
    if (exact) expect(actual).toBe(text)
    else expect(actual).toContain(text)
  }, 10_000)

export const seeTexts = (loc: Locator, texts: string[]) =>
  eventually(async () => expect((await loc.allInnerTexts()).map((t) => t.trim())).toEqual(texts), 10_000)

export const seeAttr = (loc: Locator, name: string, value: string) =>
  eventually(async () => expect(await loc.getAttribute(name)).toBe(value), 10_000)

/**
 * For a browser test file: the storefront served against the suite's backend
 * and a browser, for the whole file; both stopped afterwards.
 */
export function useStorefront(ctx: { api: any; storeHeaders: { headers: Record<string, string> } }) {
  const env = {} as { browser: Browser; url: string }
  let server: { url: string; stop(): void } | undefined
  beforeAll(async () => {
    server = await serveStorefront(ctx.api.defaults.baseURL, ctx.storeHeaders.headers["x-publishable-api-key"])
    env.url = server.url
    env.browser = await launchBrowser()
  })
  afterAll(async () => {
    await env.browser?.close()
    server?.stop()
  })
  return env
}
