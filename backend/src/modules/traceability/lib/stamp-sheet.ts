import PDFDocument from "pdfkit"
import QRCode from "qrcode"
import { formatTraceCode } from "./codes"
import { fontRuns, sheetFonts } from "./sheet-font"

export type StampSheetInput = {
  product_title: string
  stars: number
  lot_code: string
  best_before: Date
  codes: string[]
  /** the trace page's address for a code */
  urlFor: (code: string) => string
}

// A4 in points, 3 x 5 stamps of 61 x 53 mm: cut along the dashed lines
const PAGE = { width: 595.28, height: 841.89, margin: 22 }
const COLS = 3
const ROWS = 5
const QR_SIZE = 92

const day = (d: Date) => {
  const v = new Date(d.getTime() + 7 * 3_600_000)
  return `${String(v.getUTCDate()).padStart(2, "0")}/${String(v.getUTCMonth() + 1).padStart(2, "0")}/${v.getUTCFullYear()}`
}

/** Five points of a star, for the OCOP stars (the font has no ★). */
function star(doc: PDFKit.PDFDocument, cx: number, cy: number, r: number) {
  const points: [number, number][] = []
  for (let i = 0; i < 10; i++) {
    const rad = i % 2 ? r * 0.45 : r
    const a = -Math.PI / 2 + (i * Math.PI) / 5
    points.push([cx + rad * Math.cos(a), cy + rad * Math.sin(a)])
  }
  doc
    .polygon(...points)
    .fill("#d97706")
    .fillColor("#000")
}

/**
 * The printable sheet of a lot's QR stamps: each stamp has the QR of its
 * trace page, the product's name, its OCOP stars, the lot, the best-before
 * date and the short code in text (for someone without a camera).
 */
export async function stampSheetPdf(input: StampSheetInput): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 0, info: { Title: `Tem truy xuất ${input.lot_code}` } })
  const regular = sheetFonts(400)
  const bold = sheetFonts(700)
  regular.forEach((f, i) => doc.registerFont(`r${i}`, f.file))
  bold.forEach((f, i) => doc.registerFont(`b${i}`, f.file))
  const write = (text: string, x: number, y: number, size: number, weight: "r" | "b", width: number) => {
    const runs = fontRuns(text, weight === "r" ? regular : bold)
    doc.fontSize(size)
    // one paragraph in several fonts: pdfkit's continued text, the box given once, on the first run
    runs.forEach((run, i) => {
      const continued = i < runs.length - 1
      doc.font(`${weight}${run.font}`)
      if (i === 0) doc.text(run.text, x, y, { width, height: size * 2.6, ellipsis: true, continued })
      else doc.text(run.text, { continued })
    })
  }
  const chunks: Buffer[] = []
  doc.on("data", (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))))

  const cellW = (PAGE.width - 2 * PAGE.margin) / COLS
  const cellH = (PAGE.height - 2 * PAGE.margin) / ROWS
  const perPage = COLS * ROWS
  for (let i = 0; i < input.codes.length; i++) {
    if (i > 0 && i % perPage === 0) doc.addPage()
    const slot = i % perPage
    const x = PAGE.margin + (slot % COLS) * cellW
    const y = PAGE.margin + Math.floor(slot / COLS) * cellH
    const code = input.codes[i]
    doc.save().dash(3, { space: 3 }).lineWidth(0.5).strokeColor("#999").rect(x, y, cellW, cellH).stroke().restore()
    const png = await QRCode.toBuffer(input.urlFor(code), { errorCorrectionLevel: "M", margin: 1, width: 400 })
    doc.image(png, x + (cellW - QR_SIZE) / 2, y + 6, { width: QR_SIZE, height: QR_SIZE })
    const textX = x + 8
    const textW = cellW - 16
    let ty = y + QR_SIZE + 8
    write(input.product_title.slice(0, 60), textX, ty, 8, "b", textW)
    ty = doc.y + 1
    for (let s = 0; s < input.stars; s++) star(doc, textX + 4 + s * 10, ty + 4.5, 4)
    write(`OCOP ${input.stars} sao`, textX + 6 + input.stars * 10, ty, 7.5, "r", textW - input.stars * 10)
    write(`Lô ${input.lot_code} · HSD ${day(input.best_before)}`, textX, doc.y + 1, 7, "r", textW)
    write(formatTraceCode(code), textX, doc.y + 1, 9, "b", textW)
  }
  doc.end()
  return done
}
