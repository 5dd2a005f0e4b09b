import type { MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { certificateState } from "../../../modules/ocop/lib/validity"
import { createCertificatesWorkflow } from "../../../workflows/certificate/create-certificates"
import type { ProducerRequest } from "../../utils/middlewares/producer-context"
import { assertOwnProduct } from "../helpers"

const DAY = 86_400_000

/** Expiry warnings the portal shows: 60 and 30 days before, and after. */
export function expiryWarning(expiresAt: Date, at = new Date()): "expired" | "30_days" | "60_days" | null {
  const left = expiresAt.getTime() - at.getTime()
  if (left <= 0) return "expired"
  if (left <= 30 * DAY) return "30_days"
  if (left <= 60 * DAY) return "60_days"
  return null
}

/** The producer's certificates with review status, validity state and expiry warnings. */
export async function GET(req: ProducerRequest, res: MedusaResponse) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const certificates = await ocop.listOcopCertificates(
    { producer_id: req.producer.id },
    { order: { issued_at: "DESC" }, take: null as any }
  )
  const now = new Date()
  res.json({
    certificates: certificates.map((c) => ({
      ...c,
      state: certificateState(c as any, now),
      expiry_warning: c.status === "verified" ? expiryWarning(new Date(c.expires_at), now) : null,
      // whole days until it expires (0 once expired), for the portal's warning
      days_left: Math.max(0, Math.ceil((new Date(c.expires_at).getTime() - now.getTime()) / DAY)),
    })),
    count: certificates.length,
  })
}

/** Submit a certificate (or a renewal) for one of the producer's own products; it waits for review. */
export async function POST(req: ProducerRequest<any>, res: MedusaResponse) {
  const body = req.validatedBody
  await assertOwnProduct(req, body.product_id)
  const { title } = await req.scope.resolve(Modules.PRODUCT).retrieveProduct(body.product_id, { select: ["title"] })
  const { result } = await createCertificatesWorkflow(req.scope).run({
    input: {
      certificates: [{ ...body, product_name: title, producer_id: req.producer.id, status: "submitted" }],
    },
  })
  res.status(201).json({ certificate: { ...result[0], state: "submitted" } })
}
