import type { MedusaContainer } from "@medusajs/framework/types"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { backendUrl } from "../utils/links"
import { type Outgoing, outgoing } from "../utils/outgoing"
import { operatorEmails, producerTeams } from "../utils/recipients"

const ocopOf = (c: MedusaContainer): OcopModuleService => c.resolve(OCOP_MODULE)

async function certificatesWithProducer(container: MedusaContainer, ids: string[]) {
  if (!ids.length) return []
  return ocopOf(container).listOcopCertificates({ id: ids }, { relations: ["producer"], withDeleted: false } as any)
}

/** ocop.certificate.created: a submission awaits the operator's review. */
export async function certificateSubmittedMessages(container: MedusaContainer, ids: string[]): Promise<Outgoing[]> {
  const submitted = (await certificatesWithProducer(container, ids)).filter((c: any) => c.status === "submitted")
  if (!submitted.length) return []
  const operators = await operatorEmails(container)
  return submitted.flatMap((c: any) =>
    operators.map((to) =>
      outgoing({
        trigger: "ocop.certificate.created",
        keyOf: c.id,
        to,
        template: "certificate-submitted",
        resource: { id: c.id, type: "ocop_certificate" },
        data: {
          producer: c.producer?.name ?? "—",
          product: c.product_name,
          certificate_number: c.certificate_number,
          stars: c.stars,
          admin_url: `${backendUrl()}/app/ocop-certificates`,
        },
      })
    )
  )
}

/**
 * ocop.certificate.status_changed: the producer's members learn that a
 * certificate was verified or rejected (with the reason); a revocation that
 * takes the product off sale is a "left sale" message instead.
 */
export async function certificateDecisionMessages(
  container: MedusaContainer,
  event: { id: string; product_id: string; status: string }
): Promise<Outgoing[]> {
  const [c]: any[] = await certificatesWithProducer(container, [event.id])
  if (!c || !["verified", "rejected", "revoked"].includes(c.status) || c.status !== event.status) return []
  const team = (await producerTeams(container, [c.producer_id ?? c.producer?.id])).get(c.producer_id ?? c.producer?.id)
  if (!team) return []
  const leftSale =
    c.status === "revoked" && !(await ocopOf(container).sellability([c.product_id])).get(c.product_id)?.sellable
  return team.emails.map((to) =>
    leftSale
      ? outgoing({
          trigger: "ocop.product.left_sale",
          keyOf: `${c.product_id}:${c.id}`,
          to,
          template: "product-left-sale",
          resource: { id: c.product_id, type: "product" },
          data: {
            producer: team.name,
            product: c.product_name,
            certificate_number: c.certificate_number,
            reason: "revoked",
            detail: c.status_reason ?? null,
            at: new Date(c.reviewed_at ?? Date.now()).toISOString(),
          },
        })
      : outgoing({
          trigger: "ocop.certificate.status_changed",
          keyOf: `${c.id}:${c.status}`,
          to,
          template: "certificate-decision",
          resource: { id: c.id, type: "ocop_certificate" },
          data: {
            producer: team.name,
            product: c.product_name,
            certificate_number: c.certificate_number,
            stars: c.stars,
            status: c.status,
            reason: c.status_reason ?? null,
          },
        })
  )
}

/** ocop.product.left_sale (the daily expiry job): each product whose certificate expired. */
export async function expiredLeftSaleMessages(container: MedusaContainer, productIds: string[]): Promise<Outgoing[]> {
  const answers = await ocopOf(container).sellability(productIds)
  const expired = [...answers.values()].filter((a) => !a.sellable && a.reason === "expired" && a.certificate)
  const certificates = await certificatesWithProducer(
    container,
    expired.map((a) => a.certificate!.id)
  )
  const teams = await producerTeams(
    container,
    certificates.map((c: any) => c.producer_id ?? c.producer?.id)
  )
  return certificates.flatMap((c: any) => {
    const team = teams.get(c.producer_id ?? c.producer?.id)
    return (team?.emails ?? []).map((to) =>
      outgoing({
        trigger: "ocop.product.left_sale",
        keyOf: `${c.product_id}:${c.id}`,
        to,
        template: "product-left-sale",
        resource: { id: c.product_id, type: "product" },
        data: {
          producer: team!.name,
          product: c.product_name,
          certificate_number: c.certificate_number,
          reason: "expired",
          at: new Date(c.expires_at).toISOString(),
        },
      })
    )
  })
}
