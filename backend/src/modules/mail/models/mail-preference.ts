import { model } from "@medusajs/framework/utils"

/** A producer member or showroom staff member who turned off one kind of non-essential message. */
export const MailPreference = model
  .define("ocop_mail_preference", {
    id: model.id({ prefix: "mpref" }).primaryKey(),
    email: model.text(),
    category: model.text(),
  })
  .indexes([
    {
      name: "IDX_ocop_mail_preference_email_category",
      on: ["email", "category"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])
