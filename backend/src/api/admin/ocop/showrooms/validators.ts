import { z } from "@medusajs/framework/zod"

const text = (max: number) => z.string().trim().min(1).max(max)

export const AdminCreateShowroom = z
  .object({
    name: text(200),
    handle: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "handle: chữ thường không dấu và dấu gạch (lowercase ASCII and hyphens)")
      .max(100),
    address: text(300),
    commune: text(120),
    province_code: text(40),
    opening_hours: z.string().trim().max(200).nullish(),
    phone: z
      .string()
      .regex(/^[0-9 +().-]{8,20}$/, "Số điện thoại không hợp lệ (invalid phone number)")
      .nullish(),
  })
  .strict()

export const AdminCreateStaff = z
  .object({
    email: z.string().trim().toLowerCase().email("Email không hợp lệ (invalid email)").max(200),
    name: z.string().trim().max(200).nullish(),
    role: z.enum(["manager", "clerk"]).default("clerk"),
  })
  .strict()

export const AdminCreateAgreement = z
  .object({
    producer_id: text(64),
    commission_bps: z.number().int().min(0).max(5000, "Hoa hồng tối đa 50% (commission at most 50%)"),
    consignment_days: z.number().int().min(7, "Ít nhất 7 ngày (at least 7 days)").max(365).default(90),
    settlement_cycle: z.enum(["monthly", "fortnightly"]).default("monthly"),
  })
  .strict()
