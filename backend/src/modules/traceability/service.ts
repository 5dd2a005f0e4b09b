import { MedusaService } from "@medusajs/framework/utils"
import { TraceCode } from "./models/trace-code"
import { TraceLot } from "./models/lot"
import { TraceScan } from "./models/trace-scan"

class TraceabilityModuleService extends MedusaService({ TraceLot, TraceCode, TraceScan }) {}

export default TraceabilityModuleService
