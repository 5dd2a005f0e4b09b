import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { CONSIGNMENT_MODULE } from "../../../../modules/consignment"
import type ConsignmentModuleService from "../../../../modules/consignment/service"
import { TRACEABILITY_MODULE } from "../../../../modules/traceability"
import type TraceabilityModuleService from "../../../../modules/traceability/service"
import { normalizeTraceCode } from "../../../../modules/traceability/lib/codes"
import type { StaffRequest } from "../../../utils/middlewares/staff-context"

/**
 * Intake by scanning a stamp: the product (its variants), the lot and the
 * best-before date to fill in. Only stamps of producers that consign goods
 * here (an active agreement with this showroom); others are not found.
 */
export async function GET(req: StaffRequest, res: MedusaResponse) {
  const code = normalizeTraceCode(req.params.code)
  const trace: TraceabilityModuleService = req.scope.resolve(TRACEABILITY_MODULE)
  const [stamp] = code ? await trace.listTraceCodes({ code }, { relations: ["lot"] }) : []
  const [agreement] = stamp
    ? await req.scope
        .resolve<ConsignmentModuleService>(CONSIGNMENT_MODULE)
        .listConsignmentAgreements(
          { showroom_id: req.staff.showroom_id, producer_id: (stamp.lot as any).producer_id, status: "active" },
          { select: ["id"] }
        )
    : []
  if (!stamp || !agreement)
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "Không tìm thấy tem truy xuất này của chủ thể ký gửi tại điểm bán (no stamp of a producer consigning here has this code)"
    )
  const lot = stamp.lot as any
  const [product] = await req.scope
    .resolve(Modules.PRODUCT)
    .listProducts({ id: lot.product_id }, { relations: ["variants"], select: ["id", "title"] })
  res.json({
    stamp: {
      product_id: lot.product_id,
      title: product?.title ?? "",
      // the counter's own shape of a found variant (its price is the intake's to set)
      variants: (product?.variants ?? []).map((v) => ({
        id: v.id,
        title: v.title,
        sku: v.sku ?? "",
        product_id: lot.product_id,
        product_title: product?.title ?? "",
        price: null,
      })),
      lot: lot.lot_code,
      best_before: new Date(lot.best_before).toISOString().slice(0, 10),
    },
  })
}
