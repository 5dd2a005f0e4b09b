import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CONSIGNMENT_MODULE } from "../../../modules/consignment"
import type ConsignmentModuleService from "../../../modules/consignment/service"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"
import { formatTraceCode } from "../../../modules/traceability/lib/codes"
import { unitsSoldOfLot } from "../../../modules/traceability/lib/lot-sales"
import { counterfeitSignals } from "../../../modules/traceability/lib/signals"
import type { TraceLotPath, TraceView } from "../../../api/store/ocop/trace/types"

const iso = (d: Date | string) => new Date(d).toISOString()

/**
 * A lot's path: made; each showroom intake that names the lot (from the
 * consignment ledger); what was sold of it at each showroom's counter or
 * handed over there for an online order. Never a buyer, a price or a staff name.
 */
export async function lotPath(container: MedusaContainer, lot: any): Promise<TraceLotPath> {
  const consignment: ConsignmentModuleService = container.resolve(CONSIGNMENT_MODULE)
  const intakes = await consignment.listStockMovements(
    { product_id: lot.product_id, producer_id: lot.producer_id, lot: lot.lot_code, kind: "intake" },
    { relations: ["showroom"], order: { created_at: "ASC" }, take: null as any }
  )
  const showrooms = new Map<string, any>()
  for (const m of intakes) showrooms.set(m.showroom_id, m.showroom)
  const sales: TraceLotPath["sold"] = []
  let sold = 0
  for (const [showroomId, showroom] of showrooms) {
    const rows = await consignment.listStockMovements(
      { showroom_id: showroomId, product_id: lot.product_id },
      { select: ["kind", "quantity", "lot", "created_at"], take: null as any }
    )
    const counted = unitsSoldOfLot(
      rows.map((r) => ({ ...r, created_at: new Date(r.created_at) })),
      lot.lot_code
    )
    if (!counted.sold) continue
    sold += counted.sold
    sales.push({
      channel: "showroom",
      showroom: showroom.name,
      province_code: showroom.province_code,
      quantity: counted.sold,
      last_at: iso(counted.last_sold_at!),
    })
  }
  return {
    made: { at: iso(lot.produced_on), quantity: lot.quantity },
    intakes: intakes.map((m: any) => ({
      showroom: m.showroom.name,
      province_code: m.showroom.province_code,
      at: iso(m.created_at),
      quantity: m.quantity,
    })),
    sold: sales,
    sold_total: sold,
  }
}

/** What a trace page shows for a code; null when no stamp carries it. */
export async function traceView(container: MedusaContainer, code: string, at = new Date()): Promise<TraceView | null> {
  const trace: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
  const [stamp] = await trace.listTraceCodes({ code }, { relations: ["lot"] })
  if (!stamp) return null
  const lot = stamp.lot as any
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const [[product], answers, [producer], provinces, path, stats] = await Promise.all([
    container
      .resolve(Modules.PRODUCT)
      .listProducts({ id: lot.product_id }, { select: ["id", "title", "handle", "thumbnail", "status"] }),
    ocop.sellability([lot.product_id], at),
    ocop.listOcopProducers({ id: lot.producer_id }),
    ocop.getProvinceDirectory(),
    lotPath(container, lot),
    stamp.unit != null ? trace.scanStats([stamp.id]) : Promise.resolve(new Map()),
  ])
  const answer = answers.get(lot.product_id)
  const certificate = answer?.certificate ?? null
  const unitScans = stamp.unit != null ? (stats.get(stamp.id) ?? { scans: 0, places: 0 }) : null
  return {
    code: formatTraceCode(stamp.code),
    kind: stamp.unit != null ? "unit" : "lot",
    unit: stamp.unit ?? null,
    product: product
      ? {
          title: product.title,
          handle: product.status === "published" && answer?.sellable ? product.handle : null,
          thumbnail: product.thumbnail ?? null,
        }
      : null,
    producer: producer ? { name: producer.name, handle: producer.handle } : null,
    commune: certificate?.commune ?? null,
    province: certificate ? provinces.provenance(certificate.province_code).label : null,
    certificate: certificate
      ? {
          number: certificate.certificate_number,
          stars: certificate.stars,
          state: answer!.sellable ? "valid" : answer!.reason!,
          expires_at: iso(certificate.expires_at),
        }
      : null,
    lot: {
      lot_code: lot.lot_code,
      produced_on: iso(lot.produced_on),
      best_before: iso(lot.best_before),
      quantity: lot.quantity,
      notes: lot.notes ?? null,
    },
    path,
    scans: unitScans,
    signals: counterfeitSignals({
      unitScans,
      lot: { made: lot.quantity, sold: path.sold_total },
      certificateReason: answer?.reason ?? null,
    }),
  }
}
