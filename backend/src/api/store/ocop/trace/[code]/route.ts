import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { TRACEABILITY_MODULE } from "../../../../../modules/traceability"
import type TraceabilityModuleService from "../../../../../modules/traceability/service"
import { normalizeTraceCode } from "../../../../../modules/traceability/lib/codes"
import { traceView } from "../../../../../workflows/traceability/utils/trace-view"
import { scanPlace } from "../scan-place"
import type { StoreTraceResponse } from "../types"

/**
 * A stamp is scanned: the scan is recorded (in the database, with a digest of
 * the place), then the stamp's product, lot, path and counterfeit signals are
 * answered. An unknown code is recorded too and answered as such.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse<StoreTraceResponse>) {
  const code = normalizeTraceCode(req.params.code)
  const trace: TraceabilityModuleService = req.scope.resolve(TRACEABILITY_MODULE)
  const [stamp] = code ? await trace.listTraceCodes({ code }, { select: ["id"] }) : []
  await trace.createTraceScans({ code: code || "-", code_id: stamp?.id ?? null, place: scanPlace(req) })
  const view = stamp ? await traceView(req.scope, code) : null
  res.json({ trace: view, signals: view ? view.signals : [{ kind: "unknown_code" }] })
}
