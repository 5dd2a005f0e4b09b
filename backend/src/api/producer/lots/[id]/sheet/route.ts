import type { MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../../../modules/ocop"
import type OcopModuleService from "../../../../../modules/ocop/service"
import { stampSheetPdf } from "../../../../../modules/traceability/lib/stamp-sheet"
import { traceUrl } from "../../../../../workflows/traceability/utils/trace-url"
import type { ProducerRequest } from "../../../../utils/middlewares/producer-context"
import { ownLot } from "../../helpers"

/** The printable PDF sheet of a lot's QR stamps (A4, 15 a page). */
export async function GET(req: ProducerRequest, res: MedusaResponse) {
  const lot = await ownLot(req, req.params.id, ["codes"])
  const [[product], answers] = await Promise.all([
    req.scope.resolve(Modules.PRODUCT).listProducts({ id: lot.product_id }, { select: ["id", "title"] }),
    req.scope.resolve<OcopModuleService>(OCOP_MODULE).sellability([lot.product_id]),
  ])
  const codes = [...(lot.codes ?? [])].sort((a, b) => (a.unit ?? 0) - (b.unit ?? 0)).map((c) => c.code)
  const pdf = await stampSheetPdf({
    product_title: product?.title ?? "",
    stars: answers.get(lot.product_id)?.certificate?.stars ?? 0,
    lot_code: lot.lot_code,
    best_before: new Date(lot.best_before),
    codes,
    urlFor: traceUrl,
  })
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `inline; filename="tem-${lot.lot_code.replace(/[^\w.-]/g, "_")}.pdf"`)
  res.status(200).send(pdf)
}
