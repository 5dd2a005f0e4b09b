import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../../../modules/ocop"
import type OcopModuleService from "../../../../../modules/ocop/service"
import { PRODUCER_TYPE_LABELS, ProducerType } from "../../../../../modules/ocop/lib/constants"

/**
 * A producer's public page: who it is and where. Only approved producers are
 * public; its products come from the search route (`producer=<handle>`).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const handle = String(req.params.handle)
  const [p] = /^[a-z0-9-]{1,100}$/.test(handle) ? await ocop.listOcopProducers({ handle, status: "approved" }) : []
  if (!p) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Không tìm thấy chủ thể OCOP "${handle.slice(0, 100)}" (no such producer)`
    )
  }
  const provinces = await ocop.getProvinceDirectory()
  const province = provinces.unit(p.province_code) ? provinces.provenance(p.province_code) : null
  res.json({
    producer: {
      id: p.id,
      handle: p.handle,
      name: p.name,
      type: p.type,
      type_label: PRODUCER_TYPE_LABELS[p.type as ProducerType],
      description: p.description,
      name_en: p.name_en ?? null,
      description_en: p.description_en ?? null,
      address: p.address,
      commune: p.commune,
      phone: p.phone,
      province: province && { former: province.former, current: province.current, label: province.label },
    },
  })
}
