import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { certificateRuleViolations, defaultExpiry, levelForStars } from "../../../modules/ocop/lib/validity"

export type CertificateInput = {
  product_id: string
  product_name: string
  producer_id: string
  certificate_number: string
  decision_number: string
  issuing_authority: string
  stars: number
  level?: "provincial" | "national"
  score?: number | null
  product_group: string
  sub_group?: string | null
  issued_at: Date | string
  expires_at?: Date | string | null
  potential_five_star?: boolean
  status?: "submitted" | "verified" | "rejected" | "revoked"
  status_reason?: string | null
  evidence_url?: string | null
  commune: string
  province_code: string
  geographical_indication?: string | null
}

/** Fills the derived fields (level, 36-month expiry) and checks the star/score/date rules. */
export function normalizeCertificate(input: CertificateInput) {
  const issued_at = new Date(input.issued_at)
  const expires_at = input.expires_at ? new Date(input.expires_at) : defaultExpiry(issued_at)
  const problems = certificateRuleViolations({ ...input, issued_at, expires_at })
  if (problems.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Chứng nhận ${input.certificate_number}: ${problems.join("; ")}`
    )
  }
  return {
    ...input,
    level: input.level ?? levelForStars(input.stars),
    issued_at,
    expires_at,
    potential_five_star: input.potential_five_star ?? false,
    status: input.status ?? "submitted",
  }
}

export const createCertificatesStep = createStep(
  "ocop-create-certificates",
  async (input: CertificateInput[], { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const directory = await ocop.getProvinceDirectory()
    const data = input.map((c) => {
      if (!directory.unit(c.province_code)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Tỉnh/thành "${c.province_code}" không có trong danh mục (unknown province code "${c.province_code}")`
        )
      }
      return normalizeCertificate(c)
    })
    const taken = await ocop.listOcopCertificates(
      { certificate_number: data.map((c) => c.certificate_number), status: ["verified", "revoked"] },
      { select: ["certificate_number"] }
    )
    if (taken.length) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `Số chứng nhận ${taken.map((c) => c.certificate_number).join(", ")} đã được công nhận (this certificate number is already registered)`
      )
    }
    // producer_id is the foreign key of the producer relation
    const created = await ocop.createOcopCertificates(data as any[])
    return new StepResponse(
      created,
      created.map((c) => c.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.deleteOcopCertificates(ids)
  }
)
