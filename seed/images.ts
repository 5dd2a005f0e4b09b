import fs from "node:fs"
import path from "node:path"

export const IMAGE_DIR = path.resolve(__dirname, "../backend/static/ocop")

const WIDTH = 800 // 4:3, the shape of the storefront's cards and gallery: nothing is cropped
const HEIGHT = 600
const TEXT_WIDTH = 640 // the title stays inside this, whatever its length

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")

/** Splits a title into lines of at most `max` characters (a longer single word keeps its own line). */
function wrap(title: string, max: number): string[] {
  const lines: string[] = []
  let line = ""
  for (const word of title.split(/\s+/).filter(Boolean)) {
    if ((line + " " + word).trim().length > max && line) {
      lines.push(line)
      line = word
    } else line = (line + " " + word).trim()
  }
  if (line) lines.push(line)
  return lines
}

/**
 * The largest font size at which the title fits in three lines inside the
 * text box: a bold Vietnamese glyph is at most about 0.66 em wide on average.
 */
function fitTitle(title: string): { lines: string[]; size: number } {
  for (let size = 64; size >= 28; size -= 4) {
    const perLine = Math.floor(TEXT_WIDTH / (size * 0.66))
    const lines = wrap(title, perLine)
    if (lines.length <= 3 && lines.every((l) => l.length <= perLine)) return { lines, size }
  }
  const perLine = Math.floor(TEXT_WIDTH / (28 * 0.66))
  const lines = wrap(title, perLine).slice(0, 3)
  return { lines: lines.map((l) => (l.length > perLine ? l.slice(0, perLine - 1) + "…" : l)), size: 28 }
}

/** WCAG relative luminance of "#rrggbb". */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** Dark text on a light colour, white on a dark one: whichever contrasts more (always 4.5:1 or more). */
function inkFor(color: string): { text: string; stars: string } {
  const l = /^#[0-9a-f]{6}$/i.test(color) ? luminance(color) : 0
  const onWhite = 1.05 / (l + 0.05)
  const onBlack = (l + 0.05) / 0.05
  return onBlack > onWhite ? { text: "#1c1917", stars: "#6b4500" } : { text: "#ffffff", stars: "#FFD54F" }
}

/**
 * Draws a product picture locally (no network): the product's colour, its name
 * sized to fit and in an ink that stays legible on that colour, and its star
 * count, as an SVG the backend serves under /static/ocop.
 */
export function productSvg(title: string, color: string, stars: number | null): string {
  const { lines, size } = fitTitle(title)
  const ink = inkFor(color)
  const lineHeight = Math.round(size * 1.2)
  const text = lines
    .map(
      (l, i) =>
        `<text x="${WIDTH / 2}" y="${Math.round(HEIGHT / 2 + (i - (lines.length - 1) / 2) * lineHeight + size / 3)}" font-size="${size}">${escapeXml(l)}</text>`
    )
    .join("")
  const badge = stars
    ? `<text x="${WIDTH / 2}" y="${HEIGHT - 70}" font-size="44" fill="${ink.stars}">${"★".repeat(stars)}</text>`
    : ""
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
<rect width="${WIDTH}" height="${HEIGHT}" fill="${escapeXml(color)}"/>
<rect x="40" y="40" width="${WIDTH - 80}" height="${HEIGHT - 80}" rx="28" fill="none" stroke="${ink.text}" stroke-opacity="0.35" stroke-width="3"/>
<g font-family="Be Vietnam Pro, Noto Sans, DejaVu Sans, sans-serif" font-weight="700" fill="${ink.text}" text-anchor="middle">${text}${badge}
<text x="${WIDTH / 2}" y="108" font-size="30" letter-spacing="6">OCOP</text></g>
</svg>
`
}

/** Writes (or rewrites, when the drawing changed) the product's picture; returns its URL path. */
export function writeProductImage(handle: string, title: string, color: string, stars: number | null): string {
  fs.mkdirSync(IMAGE_DIR, { recursive: true })
  const file = path.join(IMAGE_DIR, `${handle}.svg`)
  const svg = productSvg(title, color, stars)
  if (!fs.existsSync(file) || fs.readFileSync(file, "utf8") !== svg) fs.writeFileSync(file, svg)
  return `/static/ocop/${handle}.svg`
}
