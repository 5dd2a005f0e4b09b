import { model } from "@medusajs/framework/utils"

/**
 * The embedded engine's index: one row per product on sale, keyed by the
 * product id. Typed columns serve filters, sorts and facets; `document` holds
 * the whole search document. The weighted full-text vector over the folded
 * text columns and the word list used for typo tolerance are added by
 * migration (see migrations/), as DML has no tsvector type.
 */
export const OcopSearchDocument = model
  .define("ocop_search_document", {
    id: model.text().primaryKey(),
    handle: model.text(),
    price: model.number().nullable(),
    price_band: model.text().nullable(),
    in_stock: model.boolean(),
    stars: model.number(),
    product_group: model.text(),
    producer_id: model.text().index(),
    producer_type: model.text(),
    province_code: model.text(),
    current_province_code: model.text(),
    expires_at: model.dateTime(),
    listed_at: model.dateTime(),
    title_text: model.text(),
    facts_text: model.text(),
    description_text: model.text(),
    document: model.json(),
    hash: model.text(),
  })
  .indexes([{ on: ["current_province_code"] }, { on: ["province_code"] }, { on: ["expires_at"] }])
