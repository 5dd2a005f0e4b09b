import { MedusaContainer } from "@medusajs/framework/types"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import {
  PRODUCT_GROUP_LABELS,
  PRODUCER_TYPE_LABELS,
  ProductGroup,
  ProducerType,
} from "../../modules/ocop/lib/constants"
import type { StoreOcopProvenance } from "../store/ocop/types"

/** Provenance of each product that is sellable at `at`, from its current certificate. */
export async function provenanceFor(
  container: MedusaContainer,
  productIds: string[],
  at = new Date()
): Promise<Map<string, StoreOcopProvenance>> {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  // the certificates, the provinces and the producers at once: three lookups, one wait
  const [answers, provinces, producers] = await Promise.all([
    ocop.sellability(productIds, at),
    ocop.getProvinceDirectory(),
    ocop.producersOfProducts(productIds),
  ])
  const current = [...answers.values()].filter((a) => a.sellable).map((a) => a.certificate!)
  const result = new Map<string, StoreOcopProvenance>()
  for (const c of current) {
    const province = provinces.provenance(c.province_code)
    const producer = producers.get(c.producer_id)
    if (!producer) continue // a removed producer's products carry no provenance
    result.set(c.product_id, {
      stars: c.stars,
      level: c.level,
      potential_five_star: c.potential_five_star,
      product_group: c.product_group,
      product_group_label: PRODUCT_GROUP_LABELS[c.product_group as ProductGroup],
      sub_group: c.sub_group ?? null,
      certificate_id: c.id,
      certificate_number: c.certificate_number,
      decision_number: c.decision_number,
      issuing_authority: c.issuing_authority,
      score: c.score ?? null,
      issued_at: new Date(c.issued_at).toISOString(),
      expires_at: new Date(c.expires_at).toISOString(),
      geographical_indication: c.geographical_indication ?? null,
      commune: c.commune,
      province: { former: province.former, current: province.current, label: province.label },
      producer: {
        id: producer.id,
        name: producer.name,
        handle: producer.handle,
        type: producer.type,
        type_label: PRODUCER_TYPE_LABELS[producer.type as ProducerType],
      },
    })
  }
  return result
}
