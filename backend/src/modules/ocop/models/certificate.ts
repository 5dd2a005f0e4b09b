import { model } from "@medusajs/framework/utils"
import { CERTIFICATE_LEVELS, CERTIFICATE_STATUSES, PRODUCT_GROUPS } from "../lib/constants"
import { Producer } from "./producer"

/**
 * An OCOP certificate (giấy chứng nhận). A renewal is a new row; old rows stay
 * as history. "Expired" is never stored: it is derived from expires_at.
 */
export const OcopCertificate = model
  .define("ocop_certificate", {
    id: model.id({ prefix: "ocert" }).primaryKey(),
    // the certified product (Product module); read-only link in src/links
    product_id: model.text().index(),
    product_name: model.text(),
    // unique among published decisions only (see indexes below): a pending or
    // rejected submission cannot block or take over a real certificate's number
    certificate_number: model.text(),
    decision_number: model.text(),
    issuing_authority: model.text(),
    level: model.enum([...CERTIFICATE_LEVELS]),
    stars: model.number(),
    score: model.number().nullable(),
    product_group: model.enum([...PRODUCT_GROUPS]),
    sub_group: model.text().nullable(),
    issued_at: model.dateTime(),
    expires_at: model.dateTime().index(),
    potential_five_star: model.boolean().default(false),
    status: model.enum([...CERTIFICATE_STATUSES]).default("submitted"),
    status_reason: model.text().nullable(),
    reviewed_by: model.text().nullable(),
    reviewed_at: model.dateTime().nullable(),
    evidence_url: model.text().nullable(),
    // provenance at certification: the province named on the certificate may be a former one
    commune: model.text(),
    province_code: model.text(),
    geographical_indication: model.text().nullable(),
    producer: model.belongsTo(() => Producer, { mappedBy: "certificates" }),
  })
  .indexes([
    {
      name: "IDX_ocop_certificate_number_decided",
      on: ["certificate_number"],
      unique: true,
      where: "status IN ('verified', 'revoked') AND deleted_at IS NULL",
    },
    { name: "IDX_ocop_certificate_number", on: ["certificate_number"] },
    // what left sale before its expiry, for the search route's exclusion list (see medusa-tables)
    {
      name: "IDX_ocop_certificate_left_sale",
      on: ["product_id"],
      where: "status = 'revoked' OR deleted_at IS NOT NULL",
    },
  ])
