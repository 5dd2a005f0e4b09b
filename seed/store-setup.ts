import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateSalesChannelsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

export const SALES_CHANNEL_NAME = "OCOP Storefront"
export const REGION_NAME = "Việt Nam"
export const WAREHOUSE_NAME = "Kho OCOP Hà Nội"
export const PUBLISHABLE_KEY_TITLE = "OCOP Storefront"

export type StoreSetup = {
  salesChannelId: string
  regionId: string
  stockLocationId: string
  shippingProfileId: string
  publishableKey: string
}

/**
 * One region (Việt Nam, VND), one storefront sales channel with its publishable
 * key, a warehouse with home delivery options. Each piece is found or created,
 * so running it twice creates nothing twice.
 */
export async function setUpStore(container: MedusaContainer): Promise<StoreSetup> {
  const link = container.resolve(ContainerRegistrationKeys.LINK)

  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const [store] = await container.resolve(Modules.STORE).listStores()
  let [channel] = await salesChannelModule.listSalesChannels({ name: SALES_CHANNEL_NAME })
  const [medusaDefault] = channel ? [] : await salesChannelModule.listSalesChannels({ name: "Default Sales Channel" })
  if (!channel && medusaDefault) {
    // Reuse the channel Medusa creates at first boot: with a single sales channel
    // Medusa's store routes skip a product-to-channel filter that costs about a
    // second per request on a 20,000-product catalogue.
    const { result } = await updateSalesChannelsWorkflow(container).run({
      input: {
        selector: { id: medusaDefault.id },
        update: { name: SALES_CHANNEL_NAME, description: "Sàn OCOP trực tuyến" },
      },
    })
    channel = Array.isArray(result) ? result[0] : result
  }
  if (!channel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: SALES_CHANNEL_NAME, description: "Sàn OCOP trực tuyến" }] },
    })
    channel = result[0]
  }

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Sàn OCOP",
        supported_currencies: [{ currency_code: "vnd", is_default: true }],
        default_sales_channel_id: channel.id,
      },
    },
  })

  // cash on delivery, and pay at the showroom for orders picked up there
  const paymentProviders = ["pp_system_default", "pp_cod_cod", "pp_showroom_cod"]
  if (process.env.STRIPE_API_KEY) paymentProviders.push("pp_stripe_stripe")
  // bank transfer by VietQR, when its account is configured (backend/src/modules/vietqr/lib/settings.ts)
  if (process.env.VIETQR_BANK_BIN && process.env.VIETQR_ACCOUNT_NO && process.env.VIETQR_ACCOUNT_NAME)
    paymentProviders.push("pp_vietqr_vietqr")
  let [region] = await container.resolve(Modules.REGION).listRegions({ name: REGION_NAME })
  if (region) {
    // a provider configured since the first seed (Stripe) is added to the region
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "region",
      fields: ["payment_providers.id"],
      filters: { id: region.id },
    })
    const current = ((data[0] as any)?.payment_providers ?? []).map((p: any) => p.id)
    if (paymentProviders.some((id) => !current.includes(id))) {
      await updateRegionsWorkflow(container).run({
        input: {
          selector: { id: region.id },
          update: { payment_providers: [...new Set([...current, ...paymentProviders])] },
        },
      })
    }
  } else {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: REGION_NAME,
            currency_code: "vnd",
            countries: ["vn"],
            payment_providers: paymentProviders,
            automatic_taxes: true,
          },
        ],
      },
    })
    region = result[0]
  }

  const taxRegions = await container.resolve(Modules.TAX).listTaxRegions({ country_code: "vn" })
  if (!taxRegions.length) {
    await createTaxRegionsWorkflow(container).run({ input: [{ country_code: "vn", provider_id: "tp_system" }] })
  }

  const fulfillment = container.resolve(Modules.FULFILLMENT)
  let [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  if (!profile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    })
    profile = result[0]
  }

  const stockLocationModule = container.resolve(Modules.STOCK_LOCATION)
  let [location] = await stockLocationModule.listStockLocations({ name: WAREHOUSE_NAME })
  if (!location) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: WAREHOUSE_NAME,
            address: { address_1: "Số 2 Ngọc Hà, phường Ba Đình", city: "Hà Nội", country_code: "VN" },
          },
        ],
      },
    })
    location = result[0]
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: location.id, add: [channel.id] },
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
    const fulfillmentSet = await fulfillment.createFulfillmentSets({
      name: "Giao hàng toàn quốc",
      type: "shipping",
      service_zones: [{ name: "Việt Nam", geo_zones: [{ country_code: "vn", type: "country" }] }],
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
    })
    const option = (name: string, code: string, label: string, description: string, amount: number) => ({
      name,
      price_type: "flat" as const,
      provider_id: "manual_manual",
      service_zone_id: fulfillmentSet.service_zones[0].id,
      shipping_profile_id: profile.id,
      type: { label, description, code },
      prices: [
        { currency_code: "vnd", amount },
        { region_id: region.id, amount },
      ],
      rules: [
        { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
        { attribute: "is_return", value: "false", operator: "eq" as const },
      ],
    })
    await createShippingOptionsWorkflow(container).run({
      input: [
        option("Giao hàng tiêu chuẩn", "standard", "Tiêu chuẩn", "Giao trong 3-5 ngày", 30000),
        option("Giao hàng nhanh", "express", "Nhanh", "Giao trong 1-2 ngày", 55000),
      ],
    })
  }

  const apiKeyModule = container.resolve(Modules.API_KEY)
  let [key] = await apiKeyModule.listApiKeys({ title: PUBLISHABLE_KEY_TITLE, type: "publishable" })
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "seed" }] },
    })
    key = result[0]
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channel.id] } })
  }

  return {
    salesChannelId: channel.id,
    regionId: region.id,
    stockLocationId: location.id,
    shippingProfileId: profile.id,
    publishableKey: key.token,
  }
}
