import { model } from "@medusajs/framework/utils"

/** An invitation for a person to join a producer's team; the token is single-use. */
export const ProducerInvite = model.define("ocop_producer_invite", {
  id: model.id({ prefix: "pinv" }).primaryKey(),
  producer_id: model.text().index(),
  email: model.text(),
  token: model.text().unique(),
  expires_at: model.dateTime(),
  accepted_at: model.dateTime().nullable(),
  invited_by: model.text(),
})
