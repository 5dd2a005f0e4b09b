import { communesOf, findAdminProvince, findCommune } from "./admin-units"
import { normaliseVietnamesePhone } from "./phone"

export type AddressInput = {
  country_code?: string | null
  province?: string | null
  city?: string | null
  phone?: string | null
}

/**
 * Why a Vietnamese address cannot be delivered to, in Vietnamese (English), or
 * null. `province` names one of today's 34 provinces (code, marketplace code or
 * name) and `city` a commune of that province (there are no districts since
 * 2025). With `required` false an address without either is let through: a
 * pickup order's address is the showroom's.
 */
export function vietnameseAddressProblem(address: AddressInput, required: boolean): string | null {
  const country = (address.country_code ?? "vn").toLowerCase()
  if (country !== "vn") return "Chỉ giao hàng trong Việt Nam (we deliver within Vietnam only)"
  const provinceText = (address.province ?? "").trim()
  const communeText = (address.city ?? "").trim()
  const phone = (address.phone ?? "").trim()
  if (phone && !normaliseVietnamesePhone(phone))
    return `Số điện thoại "${phone.slice(0, 20)}" không phải số Việt Nam, ví dụ 0912345678 (not a Vietnamese phone number)`
  if (!required && !provinceText && !communeText) return null
  if (!provinceText) return "Hãy chọn tỉnh/thành phố (province is required)"
  const province = findAdminProvince(provinceText)
  if (!province)
    return `"${provinceText.slice(0, 60)}" không phải một trong 34 tỉnh/thành phố hiện nay (not one of Vietnam's 34 provinces)`
  if (!communeText) return "Hãy chọn xã/phường (commune or ward is required)"
  if (!findCommune(province.code, communeText))
    return `"${communeText.slice(0, 60)}" không phải xã/phường của ${province.full_name} (not a commune or ward of ${province.name}; ${communesOf(province.code).length} to choose from)`
  return null
}
