import { z } from "@medusajs/framework/zod"
import {
  MAX_STARS,
  MIN_SELLABLE_STARS,
  PRODUCER_TYPES,
  PRODUCT_GROUPS,
  SELLABLE_STARS,
} from "../../../../modules/ocop/lib/constants"
import { SEARCH_SORTS } from "../../../../modules/ocop-search/lib/query"

export const MAX_QUERY_CHARS = 200

/** "a,b", ["a","b"] or ["a,b"] -> ["a","b"] (a shared URL may carry either form). */
const list = <T extends z.ZodTypeAny>(item: T, what: string) =>
  z.preprocess(
    (v) =>
      v == null
        ? v
        : [v]
            .flat()
            .flatMap((s) => String(s).split(","))
            .map((s) => s.trim())
            .filter(Boolean),
    z.array(item).max(40, `Quá nhiều giá trị ${what} (too many ${what} values)`)
  )

const ascending = [...SELLABLE_STARS].reverse()
const listed = (and: string) => `${ascending.slice(0, -1).join(", ")} ${and} ${ascending.at(-1)}`
const starsMessage = `Chỉ có sản phẩm OCOP ${listed("và")} sao (stars must be ${listed("or")})`
const starValue = z.coerce.number().int(starsMessage).min(MIN_SELLABLE_STARS, starsMessage).max(MAX_STARS, starsMessage)

const dong = (label: string) =>
  z.coerce
    .number({ message: `${label} phải là số đồng (${label} must be a number of dong)` })
    .int(`${label} tính bằng đồng, không có phần lẻ (whole dong only)`)
    .min(0, `${label} không được âm (cannot be negative)`)
    .max(1_000_000_000_000)

export const StoreSearchQuery = z
  .object({
    q: z
      .string()
      .max(
        MAX_QUERY_CHARS,
        `Từ khóa quá dài, tối đa ${MAX_QUERY_CHARS} ký tự (search text longer than ${MAX_QUERY_CHARS} characters)`
      )
      .optional(),
    province: list(z.string().max(80), "tỉnh/province").optional(),
    stars: list(starValue, "số sao/stars").optional(),
    stars_min: starValue.optional(),
    group: list(
      z.enum(PRODUCT_GROUPS, {
        message: `Nhóm sản phẩm phải là một trong: ${PRODUCT_GROUPS.join(", ")} (unknown product group)`,
      }),
      "nhóm/group"
    ).optional(),
    producer_type: list(
      z.enum(PRODUCER_TYPES, {
        message: `Loại chủ thể phải là một trong: ${PRODUCER_TYPES.join(", ")} (unknown producer type)`,
      }),
      "chủ thể/producer type"
    ).optional(),
    producer: z
      .string()
      .regex(/^[a-z0-9-]{1,100}$/, "producer: mã chủ thể không hợp lệ (invalid producer handle)")
      .optional(),
    price_min: dong("Giá thấp nhất (price_min)").optional(),
    price_max: dong("Giá cao nhất (price_max)").optional(),
    in_stock: z
      .enum(["true", "false"], { message: "in_stock phải là true hoặc false (in_stock must be true or false)" })
      .transform((v) => v === "true")
      .optional(),
    sort: z
      .enum(SEARCH_SORTS, { message: `Sắp xếp phải là một trong: ${SEARCH_SORTS.join(", ")} (unknown sort)` })
      .default("relevance"),
    page: z.coerce
      .number()
      .int()
      .min(1, "Trang bắt đầu từ 1 (page starts at 1)")
      .max(10_000, "Trang quá lớn (page too large)")
      .default(1),
    limit: z.coerce.number().int().min(1).max(100, "Tối đa 100 kết quả một trang (at most 100 per page)").default(24),
  })
  .strict()
  .refine((v) => v.price_min == null || v.price_max == null || v.price_min <= v.price_max, {
    message: "Giá thấp nhất lớn hơn giá cao nhất (price_min is above price_max)",
  })

export type StoreSearchParams = z.infer<typeof StoreSearchQuery>
