import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import ConsignmentModule from "../modules/consignment"

/** The showroom where an online order is picked up; a showroom has many such orders. */
export default defineLink(
  { linkable: OrderModule.linkable.order, isList: true },
  ConsignmentModule.linkable.ocopShowroom
)
