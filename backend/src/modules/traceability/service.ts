import { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { TraceCode } from "./models/trace-code"
import { TraceLot } from "./models/lot"
import { TraceScan } from "./models/trace-scan"
import { MAX_PLAUSIBLE_PLACES, MAX_PLAUSIBLE_SCANS } from "./lib/signals"

type Knex = any
export type ScanStats = { scans: number; places: number }

class TraceabilityModuleService extends MedusaService({ TraceLot, TraceCode, TraceScan }) {
  private knex_(sharedContext: Context): Knex {
    const manager = (sharedContext.transactionManager ?? sharedContext.manager) as any
    return manager.getTransactionContext() ?? manager.getKnex()
  }

  /** Scans and distinct places per code, counted in the database (every backend process sees the same). */
  @InjectManager()
  async scanStats(codeIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<Map<string, ScanStats>> {
    if (!codeIds.length) return new Map()
    const rows: { code_id: string; scans: string; places: string }[] = await this.knex_(sharedContext)(
      "ocop_trace_scan"
    )
      .select("code_id")
      .count({ scans: "*" })
      .countDistinct({ places: "place" })
      .whereIn("code_id", codeIds)
      .whereNull("deleted_at")
      .groupBy("code_id")
    return new Map(rows.map((r) => [r.code_id, { scans: Number(r.scans), places: Number(r.places) }]))
  }

  /** Unit codes scanned too often or from too many places, for the operator's list. */
  @InjectManager()
  async widelyScannedUnitCodes(@MedusaContext() sharedContext: Context = {}) {
    const knex = this.knex_(sharedContext)
    const { rows } = await knex.raw(
      `select c.id as code_id, c.code, c.lot_id, count(*)::int as scans, count(distinct s.place)::int as places,
              max(s.created_at) as last_scanned_at
         from ocop_trace_scan s join ocop_trace_code c on c.id = s.code_id and c.unit is not null
        where s.deleted_at is null
        group by c.id, c.code, c.lot_id
       having count(distinct s.place) > ? or count(*) > ?
        order by places desc, scans desc limit 200`,
      [MAX_PLAUSIBLE_PLACES, MAX_PLAUSIBLE_SCANS]
    )
    return rows as {
      code_id: string
      code: string
      lot_id: string
      scans: number
      places: number
      last_scanned_at: Date
    }[]
  }

  /** Codes that were scanned but were never printed by anyone. */
  @InjectManager()
  async unknownScannedCodes(@MedusaContext() sharedContext: Context = {}) {
    const { rows } = await this.knex_(sharedContext).raw(
      `select code, count(*)::int as scans, count(distinct place)::int as places, max(created_at) as last_scanned_at
         from ocop_trace_scan where code_id is null and deleted_at is null
        group by code order by last_scanned_at desc limit 200`
    )
    return rows as { code: string; scans: number; places: number; last_scanned_at: Date }[]
  }
}

export default TraceabilityModuleService
