import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

/**
 * Records an "expired" sale event for every verified certificate whose expiry
 * has passed and that has not been recorded yet. Validity itself never depends
 * on this record: it is derived from expires_at at each request. Under a
 * lock shared by every process (Medusa's locking module), so the daily job
 * started in several processes at once records each expiry once.
 */
export const recordExpiredCertificatesStep = createStep(
  "ocop-record-expired-certificates",
  async (input: { at: Date | string }, { container }) => {
    // a workflow's input arrives serialised: the instant may be an ISO string
    const at = new Date(input.at)
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const recorded = await container.resolve(Modules.LOCKING).execute(
      "ocop-record-expired-certificates",
      async () => {
        const fresh = await ocop.listUnrecordedExpiredCertificates(at)
        if (!fresh.length) return null
        const events = await ocop.createOcopSaleEvents(
          fresh.map((c) => ({
            product_id: c.product_id,
            certificate_id: c.id,
            type: "expired" as const,
            reason: "Chứng nhận OCOP hết hạn (certificate expired)",
            actor: "system",
            occurred_at: c.expires_at,
          }))
        )
        return { fresh, events }
      },
      { timeout: 120 }
    )
    if (!recorded) return new StepResponse({ events: [], productIds: [] }, [])
    const { fresh, events } = recorded
    // products that no other certificate keeps on sale
    const candidates = [...new Set(fresh.map((c) => c.product_id))]
    const answers = await ocop.sellability(candidates, at)
    const productIds = candidates.filter((id) => !answers.get(id)!.sellable)
    return new StepResponse(
      { events, productIds },
      events.map((e) => e.id)
    )
  },
  async (eventIds, { container }) => {
    if (eventIds?.length) await (container.resolve(OCOP_MODULE) as OcopModuleService).deleteOcopSaleEvents(eventIds)
  }
)
