import { model } from "@medusajs/framework/utils"
import { Producer } from "./producer"

/**
 * A person who acts for a producer in the portal (actor type "producer"). The
 * auth identity's app_metadata.producer_id holds this member's id.
 */
export const ProducerMember = model.define("ocop_producer_member", {
  id: model.id({ prefix: "pmem" }).primaryKey(),
  email: model.text().unique(),
  name: model.text().nullable(),
  role: model.enum(["owner", "member"]).default("member"),
  producer: model.belongsTo(() => Producer, { mappedBy: "members" }),
})
