import type { ProducerSeed } from "../../seed/data/producers"
import type { ProductSeed } from "../../seed/data/products"

/** A small catalogue with one product of each kind the store rule must tell apart. */
export const TEST_PRODUCERS: ProducerSeed[] = [
  {
    handle: "htx-dua-cho-lach",
    name: "Hợp tác xã Dừa Chợ Lách",
    type: "cooperative",
    tax_code: "1300123456",
    address: "Ấp Phú Hòa",
    commune: "Xã Chợ Lách",
    province_code: "vinh-long",
    phone: "0275 3 871 234",
    email: null,
    description: "Hợp tác xã trồng và chế biến dừa.",
  },
  {
    handle: "cty-trai-cay-chanh-thu",
    name: "Công ty TNHH Trái cây Chánh Thu",
    type: "enterprise",
    tax_code: "1300456789",
    address: "Ấp Hòa Khánh",
    commune: "Xã Hòa Nghĩa",
    province_code: "vinh-long",
    phone: "0275 3 600 600",
    email: "lienhe@chanhthu.example",
    description: "Doanh nghiệp trái cây xuất khẩu.",
  },
  {
    handle: "ho-vai-luc-ngan",
    name: "Hộ kinh doanh Nguyễn Văn Vải",
    type: "household",
    tax_code: "2400111222",
    address: "Thôn Đồng Cốc",
    commune: "Xã Lục Ngạn",
    province_code: "bac-ninh",
    phone: "0912 345 678",
    email: null,
    description: "Trồng vải thiều.",
  },
]

export const cert = (
  over: Partial<NonNullable<ProductSeed["certificate"]>>
): NonNullable<ProductSeed["certificate"]> => ({
  number: "X",
  decision: "1234/QĐ-UBND",
  authority: "UBND tỉnh Bến Tre",
  stars: 4,
  issued_at: "2025-06-01",
  status: "verified",
  province_code: "ben-tre",
  commune: "Xã Hòa Nghĩa",
  ...over,
})

export const product = (
  handle: string,
  title: string,
  producer: string,
  certificate: ProductSeed["certificate"],
  fixture?: ProductSeed["fixture"],
  stock = 10,
  over: { price?: number; group?: ProductSeed["group"]; sub_group?: string; description?: string } = {}
): ProductSeed => ({
  handle,
  title,
  description: over.description ?? `${title} (test)`,
  producer,
  group: over.group ?? "food",
  sub_group: over.sub_group ?? "Bánh, mứt, kẹo",
  variants: [{ title: "Hộp 400g", sku: handle.toUpperCase(), price: over.price ?? 85000, stock }],
  color: "#8B5A2B",
  certificate,
  ...(fixture ? { fixture } : {}),
})

export const TEST_PRODUCTS: ProductSeed[] = [
  product("keo-dua-cho-lach", "Kẹo dừa Chợ Lách", "htx-dua-cho-lach", cert({ number: "T-BT-1" })),
  product(
    "sau-rieng-cho-lach",
    "Sầu riêng Chợ Lách",
    "cty-trai-cay-chanh-thu",
    cert({ number: "T-BT-5", stars: 5, authority: "Bộ Nông nghiệp và Môi trường", decision: "99/QĐ-BNN", score: 92 })
  ),
  product(
    "vai-thieu-luc-ngan",
    "Vải thiều Lục Ngạn",
    "ho-vai-luc-ngan",
    cert({
      number: "T-BG-3",
      stars: 3,
      province_code: "bac-giang",
      commune: "Xã Lục Ngạn",
      authority: "UBND tỉnh Bắc Giang",
      geographical_indication: "Vải thiều Lục Ngạn",
    })
  ),
  product(
    "fixture-expired",
    "Mứt gừng hết hạn",
    "htx-dua-cho-lach",
    cert({ number: "T-EXP", issued_at: "2022-03-10" }),
    "expired"
  ),
  product(
    "fixture-revoked",
    "Nước mắm bị thu hồi",
    "htx-dua-cho-lach",
    cert({ number: "T-REV", status: "revoked", status_reason: "Vi phạm an toàn thực phẩm" }),
    "revoked"
  ),
  product(
    "fixture-two-star",
    "Bánh tráng hai sao",
    "htx-dua-cho-lach",
    cert({ number: "T-2S", stars: 2, score: 45 }),
    "two-star"
  ),
  product(
    "fixture-submitted",
    "Trà sen chờ duyệt",
    "htx-dua-cho-lach",
    cert({ number: "T-SUB", status: "submitted" }),
    "submitted"
  ),
  product("fixture-none", "Mật ong không chứng nhận", "htx-dua-cho-lach", null, "no-certificate"),
]

export const SELLABLE_HANDLES = ["keo-dua-cho-lach", "sau-rieng-cho-lach", "vai-thieu-luc-ngan"]
export const UNSELLABLE_HANDLES = [
  "fixture-expired",
  "fixture-revoked",
  "fixture-two-star",
  "fixture-submitted",
  "fixture-none",
]

/**
 * A second certificate for Kẹo dừa (which holds T-BT-1: 4 stars until 31 May 2028), as the operator
 * records it: 5 stars, national, ending sooner, so "most stars first" and "latest expiry first" disagree.
 */
export const keoDuaFiveStarCertificate = (productId: string, producerId: string) => ({
  product_id: productId,
  producer_id: producerId,
  product_name: "Kẹo dừa Chợ Lách",
  certificate_number: "TW-BT-9",
  decision_number: "77/QĐ-BNN",
  issuing_authority: "Bộ Nông nghiệp và Môi trường",
  stars: 5,
  score: 91,
  product_group: "food",
  issued_at: "2026-01-15",
  expires_at: "2027-12-31",
  commune: "Xã Hòa Nghĩa",
  province_code: "ben-tre",
})
