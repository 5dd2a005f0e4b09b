import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_SEARCH_MODULE } from "../../modules/ocop-search"
import type OcopSearchService from "../../modules/ocop-search/service"
import { documentHash, type SearchDocument } from "../../modules/ocop-search/lib/document"
import { buildSearchDocuments } from "./utils/search-documents"

const buildSearchDocumentsStep = createStep(
  "ocop-build-search-documents",
  async (input: { product_ids: string[] }, { container }) => {
    return new StepResponse(await buildSearchDocuments(container, [...new Set(input.product_ids)]))
  }
)

const writeSearchDocumentsStep = createStep(
  "ocop-write-search-documents",
  async (input: { docs: SearchDocument[]; absent: string[] }, { container }) => {
    const search: OcopSearchService = container.resolve(OCOP_SEARCH_MODULE)
    const previous = await search.getDocuments([...input.docs.map((d) => d.id), ...input.absent])
    // Only what changed is written: an order that leaves a product in stock changes none of its
    // document, and a write renews the index's version, which ends every cached search answer,
    // every process's copy of the facet columns and every storefront page.
    const held = new Map(previous.map((d) => [d.id, documentHash(d)]))
    const changed = input.docs.filter((d) => held.get(d.id) !== documentHash(d))
    const gone = input.absent.filter((id) => held.has(id))
    if (changed.length) await search.upsertDocuments(changed)
    if (gone.length) await search.removeDocuments(gone)
    const ids = [...changed.map((d) => d.id), ...gone]
    const touched = new Set(ids)
    return new StepResponse(
      { indexed: changed.length, removed: gone.length },
      { ids, previous: previous.filter((d) => touched.has(d.id)) }
    )
  },
  // put back what the index held before this write
  async (undo, { container }) => {
    if (!undo) return
    const search: OcopSearchService = container.resolve(OCOP_SEARCH_MODULE)
    const kept = new Set(undo.previous.map((d) => d.id))
    await search.removeDocuments(undo.ids.filter((id) => !kept.has(id)))
    await search.upsertDocuments(undo.previous)
  }
)

/**
 * Brings the search documents of some products in line with the catalogue:
 * products on sale are (re)indexed, the others removed.
 */
export const syncSearchDocumentsWorkflow = createWorkflow(
  "ocop-sync-search-documents",
  (input: { product_ids: string[] }) => {
    const built = buildSearchDocumentsStep(input)
    return new WorkflowResponse(writeSearchDocumentsStep(built))
  }
)
