import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

export type SetCertificateStatusInput = {
  id: string
  status: "verified" | "rejected" | "revoked"
  reason?: string | null
  actor?: string | null
}

/** Which review decisions are allowed from which state. */
const ALLOWED_FROM: Record<SetCertificateStatusInput["status"], string[]> = {
  verified: ["submitted"],
  rejected: ["submitted"],
  revoked: ["verified"],
}

export const setCertificateStatusStep = createStep(
  "ocop-set-certificate-status",
  async (input: SetCertificateStatusInput, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const before = await ocop.retrieveOcopCertificate(input.id)
    if (!ALLOWED_FROM[input.status].includes(before.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Không thể chuyển chứng nhận ${before.certificate_number} từ "${before.status}" sang "${input.status}" (a ${before.status} certificate cannot become ${input.status})`
      )
    }
    if (input.status !== "verified" && !input.reason?.trim()) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Cần ghi rõ lý do (a reason is required to reject or revoke a certificate)"
      )
    }
    if (input.status === "verified") {
      const [other] = await ocop.listOcopCertificates({
        certificate_number: before.certificate_number,
        status: ["verified", "revoked"],
        id: { $ne: before.id },
      })
      if (other) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Số chứng nhận ${before.certificate_number} đã được công nhận cho sản phẩm khác (this number is already registered for another product)`
        )
      }
    }
    const now = new Date()
    const updated = await ocop.updateOcopCertificates({
      id: input.id,
      status: input.status,
      status_reason: input.reason ?? null,
      reviewed_by: input.actor ?? null,
      reviewed_at: now,
    })
    const [event] = await ocop.createOcopSaleEvents([
      {
        product_id: before.product_id,
        certificate_id: before.id,
        type: input.status,
        reason: input.reason ?? null,
        actor: input.actor ?? null,
        occurred_at: now,
      },
    ])
    return new StepResponse(updated, { before, eventId: event.id })
  },
  async (previous, { container }) => {
    if (!previous) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const { before, eventId } = previous
    await ocop.updateOcopCertificates({
      id: before.id,
      status: before.status,
      status_reason: before.status_reason,
      reviewed_by: before.reviewed_by,
      reviewed_at: before.reviewed_at,
    })
    await ocop.deleteOcopSaleEvents([eventId])
  }
)
