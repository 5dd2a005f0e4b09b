import { z } from "@medusajs/framework/zod"
import { CERTIFICATE_STATUSES, MAX_STARS, PRODUCER_TYPES, PRODUCT_GROUPS } from "../../../modules/ocop/lib/constants"

const text = (max: number) => z.string().trim().min(1).max(max)
// PostgreSQL stores no date before 4713 BC (a 500 for "-271821-04-20"): certificate dates fall in 2000-2100
const date = z.coerce
  .date({ message: "Ngày không hợp lệ (invalid date)" })
  .min(new Date("2000-01-01T00:00:00Z"), "Ngày phải từ năm 2000 (date must be in 2000 or later)")
  .max(new Date("2100-12-31T23:59:59Z"), "Ngày phải trước năm 2101 (date must be before 2101)")

/**
 * A web link shown to others as a link (evidence scans in the review queue,
 * listing images, tracking links): http(s) only. zod's url() also takes
 * javascript:, data:, vbscript: and file: "URLs", stored script against the
 * operator or a shopper who clicks them.
 */
export const httpUrl = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .url("Địa chỉ liên kết không hợp lệ (invalid link)")
    .refine((u) => /^https?:\/\//i.test(u), "Chỉ nhận liên kết http:// hoặc https:// (only http or https links)")

/** Vietnamese tax code (mã số thuế): 10 digits, or 10 digits and a 3-digit branch suffix. */
export const TAX_CODE = /^\d{10}(-\d{3})?$/

/** What a certificate states, as recorded by the operator or submitted by a producer. */
export const certificateFields = {
  product_id: text(64),
  certificate_number: text(64),
  decision_number: text(64),
  issuing_authority: text(200),
  stars: z.number().int().min(1).max(MAX_STARS),
  score: z.number().min(0).max(100).nullish(),
  product_group: z.enum(PRODUCT_GROUPS),
  sub_group: z.string().trim().max(120).nullish(),
  issued_at: date,
  expires_at: date.nullish(),
  potential_five_star: z.boolean().optional(),
  evidence_url: httpUrl(1000).nullish(),
  commune: text(120),
  province_code: text(40),
  geographical_indication: z.string().trim().max(200).nullish(),
}

export const AdminCreateCertificate = z
  .object({
    ...certificateFields,
    producer_id: text(64),
    product_name: text(300),
    level: z.enum(["provincial", "national"]).optional(),
  })
  .strict()
export type AdminCreateCertificateType = z.infer<typeof AdminCreateCertificate>

export const AdminSetCertificateStatus = z
  .object({
    status: z.enum(["verified", "rejected", "revoked"]),
    reason: z.string().trim().max(1000).nullish(),
  })
  .strict()

export const AdminListCertificates = z.object({
  status: z.enum(CERTIFICATE_STATUSES).optional(),
  product_id: z.string().max(64).optional(),
  producer_id: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})

export const AdminCreateProducer = z
  .object({
    name: text(200),
    handle: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "handle: chữ thường không dấu và dấu gạch (lowercase ASCII and hyphens)")
      .max(100),
    type: z.enum(PRODUCER_TYPES),
    tax_code: z
      .string()
      .regex(TAX_CODE, "Mã số thuế gồm 10 chữ số, có thể thêm -XXX (tax code: 10 digits, optionally -XXX)")
      .nullish(),
    address: z.string().trim().max(300).nullish(),
    commune: z.string().trim().max(120).nullish(),
    province_code: text(40),
    phone: z
      .string()
      .regex(/^[0-9 +().-]{8,20}$/, "Số điện thoại không hợp lệ (invalid phone number)")
      .nullish(),
    email: z.string().email().max(200).nullish(),
    description: z.string().max(5000).nullish(),
    // English for the English storefront (empty: the Vietnamese is shown)
    name_en: z.string().trim().max(200).nullish(),
    description_en: z.string().max(5000).nullish(),
  })
  .strict()

export const AdminListProducers = z.object({
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})

export const AdminListSaleEvents = z.object({
  type: z.enum(["verified", "rejected", "revoked", "expired"]).optional(),
  product_id: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})

export const AdminUpdateProducer = z
  .object({
    status: z.enum(["pending", "approved", "rejected", "suspended"]).optional(),
    commission_bps: z.number().int().min(0).max(5000, "Hoa hồng tối đa 50% (commission at most 50%)").optional(),
    // corrections to the producer's registered name and contact details
    name: z.string().trim().min(1, "Tên chủ thể không được trống (name cannot be empty)").max(200).optional(),
    phone: z
      .string()
      .regex(/^[0-9 +().-]{8,20}$/, "Số điện thoại không hợp lệ (invalid phone number)")
      .nullish(),
    email: z.string().email("Email không hợp lệ (invalid email)").max(200).nullish(),
    address: z.string().trim().max(300).nullish(),
    description: z.string().max(5000).nullish(),
    // English for the English storefront (empty: the Vietnamese is shown)
    name_en: z.string().trim().max(200).nullish(),
    description_en: z.string().max(5000).nullish(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, "Không có gì để cập nhật (nothing to update)")
