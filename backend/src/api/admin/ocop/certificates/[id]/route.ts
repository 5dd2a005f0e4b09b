import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OCOP_MODULE } from "../../../../../modules/ocop"
import type OcopModuleService from "../../../../../modules/ocop/service"
import { certificateState } from "../../../../../modules/ocop/lib/validity"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const certificate = await ocop.retrieveOcopCertificate(req.params.id, { relations: ["producer"] })
  const events = await ocop.listOcopSaleEvents({ certificate_id: certificate.id }, { order: { occurred_at: "ASC" } })
  res.json({ certificate: { ...certificate, state: certificateState(certificate as any) }, events })
}
