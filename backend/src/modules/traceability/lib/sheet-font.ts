import fs from "node:fs"
import path from "node:path"

/**
 * Be Vietnam Pro for the stamp sheet. Fontsource ships it cut into subsets
 * (latin, latin-ext, vietnamese), each covering its unicode-range, so every
 * character of a text is set in the subset whose range holds it; the ranges
 * are read from fontsource's own CSS, not copied here.
 */
export type SheetFont = { file: string; ranges: [number, number][] }

const DIR = path.dirname(require.resolve("@fontsource/be-vietnam-pro/package.json"))

function parseRanges(spec: string): [number, number][] {
  return spec.split(",").map((part) => {
    const [a, b] = part.trim().replace(/^U\+/i, "").split("-")
    return [parseInt(a, 16), parseInt(b ?? a, 16)] as [number, number]
  })
}

const cache = new Map<number, SheetFont[]>()

/** The subsets of one weight (400, 700), Vietnamese first so its accented letters win over overlapping ranges. */
export function sheetFonts(weight: 400 | 700): SheetFont[] {
  if (cache.has(weight)) return cache.get(weight)!
  const css = fs.readFileSync(path.join(DIR, `${weight}.css`), "utf8")
  const fonts: SheetFont[] = []
  for (const block of css.split("@font-face").slice(1)) {
    const file = block.match(/url\(\.\/files\/([^)]+?-normal\.woff)\)/)?.[1]
    const range = block.match(/unicode-range:\s*([^;]+);/)?.[1]
    if (!file || !range || !/-(latin|latin-ext|vietnamese)-/.test(file)) continue
    fonts.push({ file: path.join(DIR, "files", file), ranges: parseRanges(range) })
  }
  const order = (f: SheetFont) => (f.file.includes("-vietnamese-") ? 0 : f.file.includes("-latin-ext-") ? 2 : 1)
  fonts.sort((a, b) => order(a) - order(b))
  cache.set(weight, fonts)
  return fonts
}

/** Splits text into runs, each to be set in one subset (index into `fonts`). */
export function fontRuns(text: string, fonts: SheetFont[]): { font: number; text: string }[] {
  const runs: { font: number; text: string }[] = []
  for (const ch of text.normalize("NFC")) {
    const cp = ch.codePointAt(0)!
    let font = fonts.findIndex((f) => f.ranges.some(([a, b]) => cp >= a && cp <= b))
    if (font < 0) font = fonts.findIndex((f) => f.file.includes("-latin-") && !f.file.includes("-ext-"))
    const last = runs[runs.length - 1]
    if (last && last.font === font) last.text += ch
    else runs.push({ font, text: ch })
  }
  return runs
}
