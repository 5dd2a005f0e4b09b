import { model } from "@medusajs/framework/utils"
import { PRODUCER_TYPES } from "../lib/constants"
import { OcopCertificate } from "./certificate"
import { ProducerMember } from "./producer-member"

/** A producing entity (chủ thể OCOP) that owns products and holds certificates. */
export const Producer = model.define("ocop_producer", {
  id: model.id({ prefix: "prod_ocop" }).primaryKey(),
  name: model.text().searchable(),
  handle: model.text().unique(),
  type: model.enum([...PRODUCER_TYPES]),
  tax_code: model.text().nullable(),
  address: model.text().nullable(),
  commune: model.text().nullable(),
  // code of the CURRENT (post-2025) province, see ocop_province
  province_code: model.text(),
  phone: model.text().nullable(),
  email: model.text().nullable(),
  description: model.text().nullable(),
  // English for the English storefront; it shows the Vietnamese (marked lang="vi") where these are empty
  name_en: model.text().nullable(),
  description_en: model.text().nullable(),
  // sign-ups wait for the operator's approval; seeded and admin-created ones are approved
  status: model.enum(["pending", "approved", "rejected", "suspended"]).default("approved"),
  // marketplace commission on online sales, in basis points (1000 = 10%); set by the operator only
  commission_bps: model.number().default(1000),
  members: model.hasMany(() => ProducerMember, { mappedBy: "producer" }),
  certificates: model.hasMany(() => OcopCertificate, { mappedBy: "producer" }),
})
