import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OCOP_MODULE } from "../../../../modules/ocop"
import type OcopModuleService from "../../../../modules/ocop/service"
import { certificateState } from "../../../../modules/ocop/lib/validity"
import { createCertificatesWorkflow } from "../../../../workflows/certificate/create-certificates"
import type { AdminCreateCertificateType } from "../validators"

const withState = (c: any) => ({ ...c, state: certificateState(c) })

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  // the validator leaves only the filters that were given, beside paging
  const { limit, offset, ...filters } = req.validatedQuery as any
  const [certificates, count] = await ocop.listAndCountOcopCertificates(filters, {
    take: limit,
    skip: offset,
    order: { created_at: "DESC" },
    relations: ["producer"],
  })
  res.json({ certificates: certificates.map(withState), count, limit, offset })
}

/** The operator records a certificate; it starts as "submitted" until reviewed. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateCertificateType>, res: MedusaResponse) {
  const { result } = await createCertificatesWorkflow(req.scope).run({
    input: { certificates: [{ ...req.validatedBody, status: "submitted" }] },
  })
  res.status(201).json({ certificate: withState(result[0]) })
}
