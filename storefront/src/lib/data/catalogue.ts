import "server-only"
import { cache } from "react"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../config"
import type {
  CertificateCheck,
  Provenance,
  ProvinceEntry,
  PublicProducer,
  StoreOcopProducerResponse,
  StoreOcopProvincesResponse,
} from "../types"
import { storeGet } from "./backend"

/**
 * The one selling region (Việt Nam, VND), asked once per render: the backend
 * keeps the answer while it is exact (its store answer cache), so a region the
 * operator changes is never priced with for a moment after.
 */
export const getRegion = cache(async (): Promise<HttpTypes.StoreRegion> => {
  const { regions } = await sdk.store.region.list({ limit: 1 })
  return regions[0]
})

export type ProductWithOcop = HttpTypes.StoreProduct & { ocop?: Provenance }

const PRODUCT_PAGE_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "thumbnail",
  "metadata",
  "images.id",
  "images.url",
  "variants.id",
  "variants.title",
  "variants.sku",
  "*variants.calculated_price",
].join(",")

async function fetchProduct(handle: string): Promise<ProductWithOcop | null> {
  const { id: region_id } = await getRegion()
  const { products } = await sdk.store.product.list({
    handle,
    region_id,
    // what the product pages show, no more (Medusa's defaults add options, tags, type, collection and every
    // variant column: a quarter of the answer's time on a miss); metadata holds the English texts (lib/localized)
    fields: PRODUCT_PAGE_FIELDS,
    limit: 1,
  } as any)
  return (products[0] as ProductWithOcop) ?? null
}

/**
 * A product on sale by handle; null when there is none (uncertified, expired
 * or unknown). Asked of the backend at every render, whose store answers are
 * cached there while exact (backend api/utils/store-answer-cache): a copy kept
 * here would show a revoked or repriced product for its lifetime. One backend
 * call per page render (metadata and page share it).
 */
export const getProductByHandle = cache(async (handle: string): Promise<ProductWithOcop | null> => {
  if (!/^[a-z0-9-]{1,200}$/.test(handle)) return null
  return fetchProduct(handle)
})

export async function checkCertificate(number: string): Promise<CertificateCheck | null> {
  return storeGet<CertificateCheck>(`/store/ocop/certificates/${encodeURIComponent(number)}`)
}

let provinces: ProvinceEntry[] | null = null

export async function listProvinces(): Promise<ProvinceEntry[]> {
  provinces ??= (await storeGet<StoreOcopProvincesResponse>("/store/ocop/provinces"))!.provinces
  return provinces
}

/** One of the 34 current provinces by code; undefined when there is none. */
export async function getProvince(code: string): Promise<ProvinceEntry | undefined> {
  return (await listProvinces()).find((p) => p.code === code)
}

export async function getProducer(handle: string): Promise<PublicProducer | null> {
  if (!/^[a-z0-9-]{1,100}$/.test(handle)) return null
  return (await storeGet<StoreOcopProducerResponse>(`/store/ocop/producers/${handle}`))?.producer ?? null
}
