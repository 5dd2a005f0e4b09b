import { MedusaError } from "@medusajs/framework/utils"
import type OcopModuleService from "../../../modules/ocop/service"

/** Producers are addressed in one of the 34 current provinces. */
export async function assertCurrentProvince(ocop: OcopModuleService, code: string) {
  const unit = (await ocop.getProvinceDirectory()).unit(code)
  if (!unit || unit.current_code !== unit.code) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `"${code}" không phải tỉnh/thành hiện hành (not one of the 34 current provinces)`
    )
  }
}

export async function assertHandleFree(ocop: OcopModuleService, handle: string) {
  const [taken] = await ocop.listOcopProducers({ handle })
  if (taken) {
    throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `Handle "${handle}" đã được dùng (handle already in use)`)
  }
}
