import { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { Showroom } from "./models/showroom"
import { ShowroomStaff } from "./models/showroom-staff"
import { ConsignmentAgreement } from "./models/agreement"
import { SOLD_KINDS, StockMovement } from "./models/stock-movement"
import { CounterSale } from "./models/counter-sale"
import { Settlement } from "./models/settlement"
import { settlementFigures } from "./lib/settlement-figures"

type Knex = any

export type MovementInput = {
  showroom_id: string
  producer_id: string
  product_id: string
  variant_id: string
  kind: "intake" | "sale" | "pickup" | "return" | "adjustment"
  quantity: number
  unit_price?: number | null
  lot?: string | null
  best_before?: Date | null
  reason?: string | null
  actor: string
  receipt?: string | null
  order_id?: string | null
}

class ConsignmentModuleService extends MedusaService({
  Showroom,
  ShowroomStaff,
  ConsignmentAgreement,
  StockMovement,
  CounterSale,
  Settlement,
}) {
  private knex_(sharedContext: Context): Knex {
    const manager = (sharedContext.transactionManager ?? sharedContext.manager) as any
    return manager.getTransactionContext() ?? manager.getKnex()
  }

  /**
   * The next receipt number, "PN-2026-000042" for an intake or "HD-..." for a
   * sale: one database sequence for both, so no two receipts ever share a
   * number, even made at the same instant in two showrooms.
   */
  @InjectManager()
  async nextReceiptNumber(kind: "PN" | "HD", @MedusaContext() sharedContext: Context = {}): Promise<string> {
    const { rows } = await this.knex_(sharedContext).raw("select nextval('ocop_receipt_number_seq') as n")
    // the year in Vietnam (UTC+7), so a receipt made just after midnight on 1 January carries the new year
    const year = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear()
    return `${kind}-${year}-${String(rows[0].n).padStart(6, "0")}`
  }

  /** Units on hand per variant at a showroom: the sum of its movements. */
  @InjectManager()
  async stockOnHand(
    showroomId: string,
    variantIds?: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Map<string, number>> {
    const q = this.knex_(sharedContext)("ocop_stock_movement")
      .select("variant_id")
      .sum({ on_hand: "quantity" })
      .where("showroom_id", showroomId)
      .whereNull("deleted_at")
      .groupBy("variant_id")
    if (variantIds) q.whereIn("variant_id", variantIds)
    const rows: { variant_id: string; on_hand: string }[] = await q
    return new Map(rows.map((r) => [r.variant_id, Number(r.on_hand)]))
  }

  /** Takes the per-variant stock locks in a fixed order (no two transactions wait on each other in a cycle) and reads what is on hand under them. */
  private async lockStock_(knex: Knex, keys: string[]): Promise<Map<string, number>> {
    const onHand = new Map<string, number>()
    for (const key of [...new Set(keys)].sort()) {
      await knex.raw("select pg_advisory_xact_lock(hashtextextended(?, 0))", [`ocop_stock:${key}`])
      const [showroomId, variantId] = key.split(":")
      const [{ on_hand }] = await knex("ocop_stock_movement")
        .sum({ on_hand: "quantity" })
        .where({ showroom_id: showroomId, variant_id: variantId })
        .whereNull("deleted_at")
      onHand.set(key, Number(on_hand ?? 0))
    }
    return onHand
  }

  /**
   * Records movements in one transaction. Every movement that takes stock out
   * first locks that variant's stock at that showroom and checks what is on
   * hand, less the units set aside for online orders to be picked up
   * (`setAside` per "showroom:variant", which callers read under Medusa's
   * lock on the inventory items: see workflows/consignment/utils/pickup.ts), so concurrent sales,
   * returns and pickups of the last units can never take it below zero.
   */
  @InjectTransactionManager()
  async recordMovements(
    movements: MovementInput[],
    options: { setAside?: Map<string, number> } = {},
    @MedusaContext() sharedContext: Context = {}
  ) {
    const knex = this.knex_(sharedContext)
    const outgoing = new Map<string, number>()
    for (const m of movements) {
      if (!Number.isInteger(m.quantity) || m.quantity === 0) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "Số lượng phải là số nguyên khác 0 (quantity must be a non-zero whole number)"
        )
      }
      if (m.quantity < 0) {
        const key = `${m.showroom_id}:${m.variant_id}`
        outgoing.set(key, (outgoing.get(key) ?? 0) - m.quantity)
      }
    }
    const onHand = await this.lockStock_(knex, [...outgoing.keys()])
    const setAside = options.setAside ?? new Map<string, number>()
    for (const [key, needed] of outgoing) {
      const available = onHand.get(key)! - (setAside.get(key) ?? 0)
      if (available < needed) {
        const held = setAside.get(key)
          ? `, ${setAside.get(key)} giữ cho đơn nhận tại điểm bán (held for pickup orders)`
          : ""
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Không đủ hàng: còn ${Math.max(0, available)}${held}, cần ${needed} (not enough stock: ${Math.max(0, available)} available, ${needed} needed)`
        )
      }
    }
    const created = await this.createStockMovements(movements as any[], sharedContext)
    return (Array.isArray(created) ? created : [created]) as { id: string }[]
  }

  /**
   * A stock count: for each counted variant, under its lock, the difference
   * between the count and what is on hand at that moment is recorded as an
   * adjustment (nothing when they agree). Computing it inside the lock means
   * a count never double-counts with a sale or another count in flight.
   */
  @InjectTransactionManager()
  async recordCounts(
    counts: (Omit<MovementInput, "quantity" | "kind"> & { counted: number })[],
    @MedusaContext() sharedContext: Context = {}
  ) {
    const knex = this.knex_(sharedContext)
    const seen = new Set<string>()
    const movements: MovementInput[] = []
    for (const c of [...counts].sort((a, b) => a.variant_id.localeCompare(b.variant_id))) {
      const key = `${c.showroom_id}:${c.variant_id}`
      if (seen.has(key))
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "Mỗi sản phẩm chỉ đếm một lần mỗi lượt (each product once per count)"
        )
      seen.add(key)
      const onHand = (await this.lockStock_(knex, [key])).get(key)!
      const { counted, ...rest } = c
      const difference = counted - onHand
      if (difference !== 0) movements.push({ ...rest, kind: "adjustment", quantity: difference })
    }
    if (!movements.length) return []
    const created = await this.createStockMovements(movements as any[], sharedContext)
    return (Array.isArray(created) ? created : [created]) as { id: string; variant_id: string; quantity: number }[]
  }

  /**
   * A draft settlement of a producer's sales at a showroom in [start, end):
   * the unsettled sale and pickup movements are claimed in the same statement that
   * creates it (UPDATE ... WHERE settlement_id IS NULL), so a sale can never
   * land in two settlements, even when two are made at once.
   */
  @InjectTransactionManager()
  async settle(
    input: { showroom_id: string; producer_id: string; period_start: Date; period_end: Date; commission_bps: number },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const knex = this.knex_(sharedContext)
    const [settlement] = await this.createSettlements(
      [{ ...input, units: 0, gross: 0, commission: 0, net: 0, status: "draft" } as any],
      sharedContext
    )
    const claimed: { quantity: number; unit_price: number }[] = await knex("ocop_stock_movement")
      .update({ settlement_id: settlement.id, updated_at: new Date() })
      // counter sales, and online orders collected at the showroom
      .where({ showroom_id: input.showroom_id, producer_id: input.producer_id })
      .whereIn("kind", [...SOLD_KINDS])
      .whereNull("settlement_id")
      .whereNull("deleted_at")
      // every unsettled sale up to the end, so a sale made after an earlier
      // settlement was drawn up (late on its last day) is never left out
      .andWhere("created_at", "<", input.period_end)
      .returning(["quantity", "unit_price"])
    // throwing rolls the whole transaction back: no empty settlement is left behind
    if (!claimed.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Không có giao dịch nào chưa đối soát trong kỳ này (no unsettled sales in this period)"
      )
    }
    const figures = settlementFigures(claimed, input.commission_bps)
    if (figures.gross > 2_000_000_000) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Kỳ đối soát quá lớn (trên 2 tỷ đồng): hãy chia thành các kỳ ngắn hơn (period too large: split it)"
      )
    }
    return this.updateSettlements({ id: settlement.id, ...figures } as any, sharedContext)
  }
}

export default ConsignmentModuleService
