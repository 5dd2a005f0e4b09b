import { model } from "@medusajs/framework/utils"
import { Showroom } from "./showroom"

/** A person working at one showroom; binds to a login (actor type "staff") with a one-time activation token. */
export const ShowroomStaff = model.define("ocop_showroom_staff", {
  id: model.id({ prefix: "sst" }).primaryKey(),
  email: model.text(),
  name: model.text().nullable(),
  role: model.enum(["manager", "clerk"]).default("clerk"),
  activation_token: model.text().unique().nullable(),
  activation_expires_at: model.dateTime().nullable(),
  activated_at: model.dateTime().nullable(),
  showroom: model.belongsTo(() => Showroom, { mappedBy: "staff" }),
})
