import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_SEARCH_MODULE } from "../../modules/ocop-search"
import type OcopSearchService from "../../modules/ocop-search/service"
import type { SearchDocument } from "../../modules/ocop-search/lib/document"
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
    const ids = [...input.docs.map((d) => d.id), ...input.absent]
    const previous = await search.getDocuments(ids)
    await search.upsertDocuments(input.docs)
    await search.removeDocuments(input.absent)
    return new StepResponse({ indexed: input.docs.length, removed: input.absent.length }, { ids, previous })
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
