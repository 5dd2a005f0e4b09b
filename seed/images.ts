import fs from "node:fs"
import path from "node:path"

export const IMAGE_DIR = path.resolve(__dirname, "../backend/static/ocop")

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")

/** Splits a title into at most three lines of about 16 characters. */
function wrap(title: string): string[] {
  const lines: string[] = []
  let line = ""
  for (const word of title.split(/\s+/)) {
    if ((line + " " + word).trim().length > 16 && line) {
      lines.push(line)
      line = word
    } else line = (line + " " + word).trim()
  }
  if (line) lines.push(line)
  return lines.slice(0, 3)
}

/**
 * Draws a product picture locally (no network): the product's colour, its name
 * and its star count, as an SVG the backend serves under /static/ocop.
 */
export function productSvg(title: string, color: string, stars: number | null): string {
  const lines = wrap(title)
  const text = lines
    .map((l, i) => `<text x="300" y="${300 + (i - (lines.length - 1) / 2) * 52}" font-size="44">${escapeXml(l)}</text>`)
    .join("")
  const badge = stars ? `<text x="300" y="520" font-size="40" fill="#FFD54F">${"★".repeat(stars)}</text>` : ""
  return `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600" viewBox="0 0 600 600">
<rect width="600" height="600" fill="${escapeXml(color)}"/>
<circle cx="300" cy="300" r="230" fill="#ffffff" fill-opacity="0.12"/>
<g font-family="Be Vietnam Pro, Noto Sans, DejaVu Sans, sans-serif" font-weight="700" fill="#ffffff" text-anchor="middle">${text}${badge}
<text x="300" y="90" font-size="30" fill-opacity="0.85">OCOP</text></g>
</svg>
`
}

export function writeProductImage(handle: string, title: string, color: string, stars: number | null): string {
  fs.mkdirSync(IMAGE_DIR, { recursive: true })
  const file = path.join(IMAGE_DIR, `${handle}.svg`)
  if (!fs.existsSync(file)) fs.writeFileSync(file, productSvg(title, color, stars))
  return `/static/ocop/${handle}.svg`
}
