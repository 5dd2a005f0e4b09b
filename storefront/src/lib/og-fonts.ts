import "server-only"
import fs from "node:fs/promises"
import path from "node:path"

/**
 * Be Vietnam Pro for generated share images (next/og draws text only with
 * fonts it is given: offline there is no other). WOFF, which the renderer
 * reads (not WOFF2); the Vietnamese and Latin subsets of each weight.
 * The package has no "★": share images draw their stars as shapes.
 */
export const SHARE_IMAGE_FONT_FAMILY = "Be Vietnam Pro latin, Be Vietnam Pro vietnamese"
const FILES = [
  ["vietnamese", 400],
  ["latin", 400],
  ["vietnamese", 700],
  ["latin", 700],
] as const

let loaded: Promise<{ name: string; data: ArrayBuffer; weight: 400 | 700; style: "normal" }[]> | null = null

async function read(file: string): Promise<ArrayBuffer> {
  // the package sits in the storefront's node_modules or, hoisted by npm workspaces, in the root's
  for (const dir of ["node_modules", "../node_modules"]) {
    const full = path.join(process.cwd(), dir, "@fontsource/be-vietnam-pro/files", file)
    const data = await fs.readFile(full).catch(() => null)
    if (data) return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer
  }
  throw new Error(`font file not found: ${file}`)
}

export function shareImageFonts() {
  loaded ??= Promise.all(
    FILES.map(async ([subset, weight]) => ({
      // one family per subset: the renderer keeps a single font per family and weight, and falls back across families
      name: `Be Vietnam Pro ${subset}`,
      data: await read(`be-vietnam-pro-${subset}-${weight}-normal.woff`),
      weight,
      style: "normal" as const,
    }))
  )
  return loaded
}
