import type { MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"
import { registerLotWorkflow } from "../../../workflows/traceability/register-lot"
import { lotPath } from "../../../workflows/traceability/utils/trace-view"
import type { ProducerLot } from "../../store/ocop/trace/types"
import type { ProducerRequest } from "../../utils/middlewares/producer-context"

/** The producer's lots, newest first, with how many stamps and how many units were sold at showrooms. */
export async function GET(req: ProducerRequest, res: MedusaResponse<{ lots: ProducerLot[] }>) {
  const trace: TraceabilityModuleService = req.scope.resolve(TRACEABILITY_MODULE)
  const lots = await trace.listTraceLots(
    { producer_id: req.producer.id },
    { relations: ["codes"], order: { created_at: "DESC" }, take: 100 }
  )
  const ids = [...new Set(lots.map((l) => l.product_id))]
  const products = ids.length
    ? await req.scope.resolve(Modules.PRODUCT).listProducts({ id: ids }, { select: ["id", "title"] })
    : []
  const titles = new Map(products.map((p) => [p.id, p.title]))
  const out: ProducerLot[] = []
  for (const l of lots) {
    out.push({
      id: l.id,
      product_id: l.product_id,
      product_title: titles.get(l.product_id) ?? "",
      lot_code: l.lot_code,
      produced_on: new Date(l.produced_on).toISOString(),
      best_before: new Date(l.best_before).toISOString(),
      quantity: l.quantity,
      notes: l.notes ?? null,
      stamp_mode: l.stamp_mode,
      codes: l.codes?.length ?? 0,
      sold: (await lotPath(req.scope, l)).sold_total,
    })
  }
  res.json({ lots: out })
}

type RegisterBody = {
  product_id: string
  lot_code: string
  produced_on: Date
  best_before: Date
  quantity: number
  notes?: string | null
  stamp_mode: "unit" | "lot"
}

/** Registers a production lot of one of the producer's products on sale, with its stamp codes. */
export async function POST(req: ProducerRequest<RegisterBody>, res: MedusaResponse) {
  const b = req.validatedBody
  const { result } = await registerLotWorkflow(req.scope).run({
    input: {
      producer_id: req.producer.id,
      product_id: b.product_id,
      lot_code: b.lot_code,
      produced_on: new Date(b.produced_on).toISOString(),
      best_before: new Date(b.best_before).toISOString(),
      quantity: b.quantity,
      notes: b.notes ?? null,
      stamp_mode: b.stamp_mode,
      at: new Date().toISOString(),
    },
  })
  res.status(201).json({ lot: result })
}
