import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { showroomLocationIds } from "../../workflows/consignment/utils/showroom-locations"

/** Where producers' online listings live: the store's sales channel, its warehouse and shipping profile. */
export async function marketplaceSetup(container: MedusaContainer) {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"] })
  const salesChannelId = store?.default_sales_channel_id
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: channels } = await query.graph({
    entity: "sales_channel",
    fields: ["id", "stock_locations.id"],
    filters: { id: salesChannelId! },
  })
  // the warehouse: the channel's location that is not a showroom's
  const showrooms = await showroomLocationIds(container)
  const stockLocationId = ((channels[0] as any)?.stock_locations ?? []).find((l: any) => !showrooms.has(l.id))?.id
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })
  if (!salesChannelId || !stockLocationId || !profile) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The marketplace is not set up yet: run the seed first.")
  }
  return { salesChannelId, stockLocationId, shippingProfileId: profile.id }
}
