import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"
import { traceErrors } from "../../../workflows/traceability/utils/errors"
import type { ProducerRequest } from "../../utils/middlewares/producer-context"

/** One of the producer's own lots; another producer's is "not found" (its existence is not revealed). */
export async function ownLot(req: ProducerRequest, id: string, relations: string[] = []) {
  const trace: TraceabilityModuleService = req.scope.resolve(TRACEABILITY_MODULE)
  const [lot] = await trace.listTraceLots({ id, producer_id: req.producer.id }, { relations })
  if (!lot) throw traceErrors.lotNotFound()
  return lot
}
