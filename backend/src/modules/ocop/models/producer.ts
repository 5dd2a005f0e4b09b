import { model } from "@medusajs/framework/utils"
import { PRODUCER_TYPES } from "../lib/constants"
import { OcopCertificate } from "./certificate"

/** A producing entity (chủ thể OCOP) that owns products and holds certificates. */
export const Producer = model
  .define("ocop_producer", {
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
    certificates: model.hasMany(() => OcopCertificate, { mappedBy: "producer" }),
  })
