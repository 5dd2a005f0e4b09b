import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../../../modules/ocop"
import type OcopModuleService from "../../../../../modules/ocop/service"
import { certificateState } from "../../../../../modules/ocop/lib/validity"

/**
 * Public certificate check (the page a QR stamp opens): valid, expired or
 * revoked, with the producer and the product name; a link to the product only
 * while it is on sale. Unknown, pending and rejected numbers answer 404.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  // Express has already decoded the path once; anything that cannot be a
  // certificate number (too long, control characters) is simply unknown.
  const number = String(req.params.number).trim()
  const plausible = number.length <= 64 && !/[\u0000-\u001f\u007f]/.test(number)
  // Only the operator's public decisions are shown: a certificate still under
  // review, or rejected, is "unknown" to the public.
  const [c] = plausible
    ? await ocop.listOcopCertificates(
        { certificate_number: number, status: ["verified", "revoked"] },
        { relations: ["producer"] }
      )
    : []
  if (!c || !c.producer) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Không tìm thấy chứng nhận OCOP số "${number.slice(0, 64).replace(/[\u0000-\u001f\u007f]/g, "?")}" (no OCOP certificate with this number)`
    )
  }
  const provinces = await ocop.getProvinceDirectory()
  // link to the product only while it is on sale: the store answers 404 otherwise
  const answer = (await ocop.sellability([c.product_id])).get(c.product_id)!
  const [product] = answer.sellable
    ? await req.scope
        .resolve(Modules.PRODUCT)
        .listProducts({ id: c.product_id, status: "published" }, { select: ["id", "title", "handle", "thumbnail"] })
    : []
  const producer = c.producer as any
  res.json({
    certificate: {
      certificate_number: c.certificate_number,
      state: certificateState(c as any),
      stars: c.stars,
      level: c.level,
      potential_five_star: c.potential_five_star,
      decision_number: c.decision_number,
      issuing_authority: c.issuing_authority,
      product_group: c.product_group,
      issued_at: c.issued_at,
      expires_at: c.expires_at,
      status_reason: c.status === "revoked" ? c.status_reason : null,
      commune: c.commune,
      province: provinces.provenance(c.province_code),
      geographical_indication: c.geographical_indication,
      product_name: c.product_name,
      product: product
        ? {
            id: product.id,
            title: product.title,
            handle: product.handle,
            thumbnail: product.thumbnail,
            // the certificate the product's page shows (a product may hold two valid ones)
            current_certificate_number: answer.certificate!.certificate_number,
          }
        : null,
      producer: { name: producer.name, handle: producer.handle, type: producer.type },
    },
  })
}
