import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  updateProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { listingOptionsAndVariants } from "../backend/src/workflows/producer/utils/listing-variants"
import { OCOP_MODULE } from "../backend/src/modules/ocop"
import type OcopModuleService from "../backend/src/modules/ocop/service"
import { createCertificatesWorkflow } from "../backend/src/workflows/certificate/create-certificates"
import { writeProductImage } from "./images"
import { progressBar } from "../backend/src/scripts/progress-bar"
import { reindexSearch } from "../backend/src/workflows/search/utils/search-reindex"
import { PROVINCES } from "./data/provinces"
import type { ProducerSeed } from "./data/producers"
import type { ProductSeed } from "./data/products"
import { setUpStore, StoreSetup } from "./store-setup"

const backendUrl = () => process.env.MEDUSA_BACKEND_URL || `http://localhost:${process.env.PORT || 9000}`

export async function loadProvinces(container: MedusaContainer) {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const existing = new Set((await ocop.listOcopProvinces({}, { take: null as any })).map((p) => p.code))
  const missing = PROVINCES.filter((p) => !existing.has(p.code))
  if (missing.length) await ocop.createOcopProvinces(missing as any)
  ocop.clearProvinceCache()
}

export async function loadProducers(container: MedusaContainer, producers: ProducerSeed[]) {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const existing = await ocop.listOcopProducers({ handle: producers.map((p) => p.handle) }, { take: null as any })
  const have = new Set(existing.map((p) => p.handle))
  const created: typeof existing = await ocop.createOcopProducers(producers.filter((p) => !have.has(p.handle)) as any[])
  return new Map([...existing, ...created].map((p) => [p.handle, p.id]))
}

/** Creates the products not there yet (by handle), with certificates, producer links and stock. */
async function loadProductBatch(
  container: MedusaContainer,
  setup: StoreSetup,
  producerIds: Map<string, string>,
  batch: ProductSeed[]
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const productModule = container.resolve(Modules.PRODUCT)

  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: batch.map((p) => {
        const image = `${backendUrl()}${writeProductImage(p.handle, p.title, p.color, p.certificate?.stars ?? null)}`
        return {
          title: p.title,
          subtitle: p.subtitle,
          handle: p.handle,
          description: p.description,
          status: ProductStatus.DRAFT, // published below, once the certificate exists
          weight: p.weight_grams,
          thumbnail: image,
          images: [{ url: image }],
          shipping_profile_id: setup.shippingProfileId,
          sales_channels: [{ id: setup.salesChannelId }],
          ...listingOptionsAndVariants(p.variants),
        }
      }),
    },
  })
  const idByHandle = new Map(products.map((p) => [p.handle, p.id]))

  await link.create(
    batch.map((p) => ({
      [Modules.PRODUCT]: { product_id: idByHandle.get(p.handle)! },
      [OCOP_MODULE]: { ocop_producer_id: producerIds.get(p.producer)! },
    }))
  )

  const withCertificate = batch.filter((p) => p.certificate)
  if (withCertificate.length) {
    await createCertificatesWorkflow(container).run({
      input: {
        certificates: withCertificate.map((p) => {
          const c = p.certificate!
          return {
            product_id: idByHandle.get(p.handle)!,
            product_name: p.title,
            producer_id: producerIds.get(p.producer)!,
            certificate_number: c.number,
            decision_number: c.decision,
            issuing_authority: c.authority,
            stars: c.stars,
            score: c.score ?? null,
            product_group: p.group,
            sub_group: p.sub_group,
            issued_at: `${c.issued_at}T00:00:00+07:00`,
            expires_at: c.expires_at ? `${c.expires_at}T00:00:00+07:00` : null,
            potential_five_star: c.potential_five_star ?? false,
            status: c.status,
            status_reason: c.status_reason ?? null,
            commune: c.commune,
            province_code: c.province_code,
            geographical_indication: c.geographical_indication ?? null,
          }
        }),
      },
    })
  }

  // stock at the warehouse
  const skus = batch.flatMap((p) => p.variants.map((v) => v.sku))
  const stockBySku = new Map(batch.flatMap((p) => p.variants.map((v) => [v.sku, v.stock] as const)))
  const { data: items } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "sku"],
    filters: { sku: skus },
  })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: items.map((i: any) => ({
        inventory_item_id: i.id,
        location_id: setup.stockLocationId,
        stocked_quantity: stockBySku.get(i.sku) ?? 0,
      })),
    },
  })

  // Publish through the workflow: its guard lets only certified products through.
  const normal = batch.filter((p) => !p.fixture).map((p) => idByHandle.get(p.handle)!)
  if (normal.length) {
    await updateProductsWorkflow(container).run({
      input: { selector: { id: normal }, update: { status: ProductStatus.PUBLISHED } },
    })
  }
  // Test fixtures stand for products published while they were still valid (or
  // imported): they are published directly so the store rule can be seen refusing them.
  const fixtures = batch.filter((p) => p.fixture).map((p) => idByHandle.get(p.handle)!)
  for (const id of fixtures) await productModule.updateProducts(id, { status: ProductStatus.PUBLISHED })
}

export type LoadOptions = {
  products: ProductSeed[]
  producers: ProducerSeed[]
  batchSize?: number
  log?: (msg: string) => void
}

/** Loads reference data, store setup, producers and products. Idempotent. */
export async function loadCatalogue(container: MedusaContainer, opts: LoadOptions) {
  const log = opts.log ?? (() => {})
  await loadProvinces(container)
  const setup = await setUpStore(container)
  const producerIds = await loadProducers(container, opts.producers)

  const existing = new Set(
    (
      await container
        .resolve(Modules.PRODUCT)
        .listProducts({ handle: opts.products.map((p) => p.handle) }, { select: ["handle"], take: null as any })
    ).map((p) => p.handle)
  )
  const todo = opts.products.filter((p) => !existing.has(p.handle))
  log(`${existing.size} products already present, ${todo.length} to create`)
  const size = opts.batchSize ?? 50
  const tick = progressBar("products", todo.length)
  tick(0)
  for (let i = 0; i < todo.length; i += size) {
    await loadProductBatch(container, setup, producerIds, todo.slice(i, i + size))
    tick(Math.min(i + size, todo.length))
  }
  // the search index in one pass, rather than waiting on a sync per product event
  const index = await reindexSearch(container, progressBar("search index"))
  log(`search index (${index.engine}): ${index.indexed} products on sale, ${index.ms} ms`)
  return { ...setup, created: todo.length }
}
