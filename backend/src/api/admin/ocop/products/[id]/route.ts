import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../../../modules/ocop"
import type OcopModuleService from "../../../../../modules/ocop/service"
import { certificateState } from "../../../../../modules/ocop/lib/validity"
import { provenanceFor } from "../../../../utils/provenance"
import { saleStatusOf } from "../../../../utils/sale-status"

/** Everything OCOP about one product, for the admin product page: badge, producer, certificates, sale status. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "status",
      "ocop_producer.id",
      "ocop_producer.name",
      "ocop_producer.handle",
      "ocop_producer.type",
      "ocop_producer.status",
    ],
    filters: { id: req.params.id },
  })
  const product = data[0] as any
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.id} not found`)
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const certificates = await ocop.listOcopCertificates({ product_id: product.id }, { order: { issued_at: "DESC" } })
  const [badge, sale] = await Promise.all([provenanceFor(req.scope, [product.id]), saleStatusOf(req.scope, [product])])
  res.json({
    producer: product.ocop_producer ?? null,
    badge: badge.get(product.id) ?? null,
    sale: sale.get(product.id),
    certificates: certificates.map((c) => ({ ...c, state: certificateState(c as any) })),
  })
}
