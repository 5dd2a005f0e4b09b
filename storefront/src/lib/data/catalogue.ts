import "server-only"
import { cache } from "react"
import { headers } from "next/headers"
import { keptPerVersion, PAGE_VERSION_HEADER } from "../kept-per-version"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../config"
import type {
  CertificateCheck,
  ProductPage,
  Provenance,
  ProvinceEntry,
  PublicProducer,
  StoreOcopProducerResponse,
  StoreOcopProvincesResponse,
} from "../types"
import { storeGet } from "./backend"

const regionKept = keptPerVersion<HttpTypes.StoreRegion>()

/**
 * The one selling region (Việt Nam, VND). A page the front door read the
 * backend's version for reuses the region asked under that same version (a
 * region the operator changes renews it: regions are catalogue tables), so a
 * product page nobody asked before costs one backend call, not two; any other
 * render asks the backend, which keeps the answer while it is exact.
 */
export const getRegion = cache(async (): Promise<HttpTypes.StoreRegion> => {
  const version = (await headers()).get(PAGE_VERSION_HEADER)
  return regionKept(version, async () => (await sdk.store.region.list({ limit: 1 })).regions[0])
})

export type ProductWithOcop = HttpTypes.StoreProduct & { ocop?: Provenance }

/** A product on sale as its page shows it (images, variants priced for the region, badge and provenance). */
export type ProductOnPage = ProductPage["product"]

/**
 * A product on sale by handle with where it can be had, in one backend call
 * (GET /store/ocop/product-pages/:handle); null when there is none (uncertified,
 * expired or unknown). Asked of the backend at every render, whose store
 * answers are cached there while exact (backend api/utils/store-answer-cache):
 * a copy kept here would show a revoked or repriced product for its lifetime.
 * Metadata, page and share image share the one call per render.
 */
export const getProductPage = cache(async (handle: string): Promise<ProductPage | null> => {
  if (!/^[a-z0-9-]{1,200}$/.test(handle)) return null
  const { id: region_id } = await getRegion()
  return storeGet<ProductPage>(`/store/ocop/product-pages/${handle}`, { region_id })
})

/** The product of `getProductPage`; null when none is on sale. */
export const getProductByHandle = async (handle: string): Promise<ProductOnPage | null> =>
  (await getProductPage(handle))?.product ?? null

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
