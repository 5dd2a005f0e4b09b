import { PRODUCT_GROUPS } from "../backend/src/modules/ocop/lib/constants"
import { PROVINCES } from "./data/provinces"
import type { ProducerSeed } from "./data/producers"
import type { ProductSeed } from "./data/products"

/** Small deterministic PRNG (mulberry32) so a synthetic catalogue is the same every run. */
function rng(seed: number) {
  return () => {
    seed |= 0
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const NOUNS = [
  "Kẹo dừa",
  "Trà",
  "Cà phê",
  "Mật ong",
  "Gạo",
  "Nước mắm",
  "Bánh pía",
  "Mứt gừng",
  "Rượu nếp",
  "Khô cá",
  "Tinh dầu sả",
  "Thổ cẩm",
  "Gốm",
  "Mây tre",
  "Chè",
  "Miến dong",
  "Lạp xưởng",
  "Hạt điều",
  "Tiêu",
  "Yến sào",
]
const ADJECTIVES = [
  "truyền thống",
  "đặc biệt",
  "hữu cơ",
  "thượng hạng",
  "thủ công",
  "sấy lạnh",
  "nguyên chất",
  "đỏ",
  "xanh",
  "vàng",
]
const TYPES = ["household", "enterprise", "cooperative", "cooperative_group"] as const

/**
 * A large catalogue for benchmarks: N certified products spread over every
 * former province, group and star level, owned by N/40 synthetic producers.
 */
export function syntheticCatalogue(count: number): { producers: ProducerSeed[]; products: ProductSeed[] } {
  const rand = rng(20250701)
  const pick = <T>(a: readonly T[]) => a[Math.floor(rand() * a.length)]
  const producerCount = Math.max(1, Math.ceil(count / 40))
  const producers: ProducerSeed[] = Array.from({ length: producerCount }, (_, i) => {
    const province = pick(PROVINCES)
    return {
      handle: `syn-producer-${i}`,
      name: `Cơ sở OCOP mẫu ${i} ${province.name}`,
      type: pick(TYPES),
      tax_code: String(1000000000 + i),
      address: `Thôn ${1 + (i % 9)}`,
      commune: `Xã mẫu ${i % 50}`,
      province_code: province.current_code,
      phone: `09${String(10000000 + i).slice(-8)}`,
      email: null,
      description: "Chủ thể tổng hợp dùng cho đo hiệu năng.",
    }
  })
  const products: ProductSeed[] = Array.from({ length: count }, (_, i) => {
    const province = pick(PROVINCES)
    const stars = pick([3, 3, 4, 4, 5] as const)
    const score = stars === 5 ? 90 + (i % 10) : stars === 4 ? 70 + (i % 20) : 50 + (i % 20)
    const title = `${pick(NOUNS)} ${pick(ADJECTIVES)} ${province.name} ${i}`
    const issued = new Date(Date.UTC(2025, 0, 1) + Math.floor(rand() * 600) * 86400000)
    return {
      handle: `syn-${i}`,
      title,
      description: `${title}: sản phẩm OCOP ${stars} sao tổng hợp cho đo hiệu năng.`,
      producer: `syn-producer-${i % producerCount}`,
      group: pick(PRODUCT_GROUPS),
      sub_group: "Tổng hợp",
      variants: [
        { title: "Tiêu chuẩn", sku: `SYN-${i}`, price: 20000 + Math.floor(rand() * 200) * 5000, stock: 50 + (i % 200) },
      ],
      color: `hsl(${i % 360}, 45%, 40%)`,
      certificate: {
        number: `SYN-${province.code.toUpperCase()}-${i}`,
        decision: `${1000 + (i % 9000)}/QĐ-UBND`,
        authority: stars === 5 ? "Bộ Nông nghiệp và Môi trường" : `UBND tỉnh ${province.name}`,
        stars,
        score,
        issued_at: issued.toISOString().slice(0, 10),
        status: "verified",
        province_code: province.code,
        commune: `Xã mẫu ${i % 50}`,
      },
    }
  })
  return { producers, products }
}
