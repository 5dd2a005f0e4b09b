import { z } from "@medusajs/framework/zod"
import { PRODUCER_TYPES } from "../../modules/ocop/lib/constants"
import { certificateFields, httpUrl, TAX_CODE } from "../admin/ocop/validators"

const text = (max: number) => z.string().trim().min(1).max(max)
const vnd = z
  .number({ message: "Giá phải là số đồng (price must be a number of dong)" })
  .int("Giá tính bằng đồng, không có phần lẻ (VND prices are whole dong)")
  .min(0, "Giá không được âm (price cannot be negative)")
  .max(1_000_000_000)
const stock = z.number().int().min(0, "Tồn kho không được âm (stock cannot be negative)").max(1_000_000)

export const ProducerSignup = z
  .object({
    member_name: z.string().trim().max(200).nullish(),
    name: text(200),
    handle: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "handle: chữ thường không dấu và dấu gạch (lowercase ASCII and hyphens)")
      .max(100),
    type: z.enum(PRODUCER_TYPES),
    tax_code: z
      .string()
      .regex(TAX_CODE, "Mã số thuế gồm 10 chữ số, có thể thêm -XXX (tax code: 10 digits, optionally -XXX)"),
    province_code: text(40),
    commune: text(120),
    address: z.string().trim().max(300).nullish(),
    phone: z
      .string()
      .regex(/^[0-9 +().-]{8,20}$/, "Số điện thoại không hợp lệ (invalid phone number)")
      .nullish(),
    description: z.string().max(5000).nullish(),
  })
  .strict()

const variant = z
  .object({
    title: text(100),
    sku: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9._-]{1,64}$/, "SKU: chữ, số, dấu chấm, gạch (letters, digits, . _ -)"),
    price: vnd,
    stock,
  })
  .strict()

export const ProducerCreateProduct = z
  .object({
    title: text(300),
    subtitle: z.string().trim().max(300).nullish(),
    description: z.string().max(20000).nullish(),
    handle: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "handle: chữ thường không dấu và dấu gạch (lowercase ASCII and hyphens)")
      .max(200)
      .optional(),
    weight: z.number().int().min(0).max(1_000_000).nullish(),
    images: z.array(httpUrl(1000)).max(10).optional(),
    variants: z.array(variant).min(1).max(20),
  })
  .strict()

export const ProducerUpdateVariant = z
  .object({ title: text(100).optional(), price: vnd.optional(), stock: stock.optional() })
  .strict()
  .refine((v) => Object.keys(v).length > 0, "Không có gì để cập nhật (nothing to update)")

export const ProducerUpdateProduct = z
  .object({
    title: text(300).optional(),
    subtitle: z.string().trim().max(300).nullish(),
    description: z.string().max(20000).nullish(),
    images: z.array(httpUrl(1000)).max(10).optional(),
    // English for the English storefront, kept in the product's metadata; empty or null: the Vietnamese is shown
    title_en: z.string().trim().max(300).nullish(),
    subtitle_en: z.string().trim().max(300).nullish(),
    description_en: z.string().max(20000).nullish(),
    // "published" = submit for sale: refused unless a verified certificate is valid
    status: z.enum(["draft", "published"]).optional(),
  })
  .strict()

/** The producer's own profile: its English name and description (empty or null: the Vietnamese is shown). */
export const ProducerUpdateProfile = z
  .object({
    name_en: z.string().trim().max(200).nullish(),
    description_en: z.string().max(5000).nullish(),
  })
  .strict()

export const ProducerSubmitCertificate = z
  .object({
    ...certificateFields,
    // a producer submits OCOP certificates only: 1-2 star results are not certificates
    stars: z
      .number()
      .int()
      .min(3, "Chỉ sản phẩm 3-5 sao là sản phẩm OCOP (only 3-5 star results are OCOP certificates)")
      .max(5, "Tối đa 5 sao (at most 5 stars)"),
  })
  .strict()

export const ProducerShipLines = z
  .object({
    tracking_number: z
      .string()
      .trim()
      .regex(
        /^[A-Za-z0-9-]{4,40}$/,
        "Mã vận đơn gồm 4-40 chữ, số hoặc gạch (tracking number: 4-40 letters, digits or hyphens)"
      ),
    tracking_url: httpUrl(500).nullish(),
  })
  .strict()

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Kỳ theo dạng YYYY-MM (period as YYYY-MM)")
export const ProducerPayoutQuery = z.object({
  from: month.optional(),
  to: month.optional(),
  format: z.enum(["json", "csv"]).optional(),
})

export const ProducerInvite = z
  .object({ email: z.string().trim().toLowerCase().email("Email không hợp lệ (invalid email)").max(200) })
  .strict()
export const ProducerAcceptInvite = z
  .object({ token: z.string().min(10).max(100), name: z.string().trim().max(200).nullish() })
  .strict()
