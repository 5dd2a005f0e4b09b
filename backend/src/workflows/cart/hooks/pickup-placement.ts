import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { WITHOUT_MARKETPLACE } from "../../../config/bench-mode"
import { CONSIGNMENT_MODULE } from "../../../modules/consignment"
import type ConsignmentModuleService from "../../../modules/consignment/service"
import { pickupSetAside, relocateReservations, underStockLock } from "../../consignment/utils/pickup"
import { placementFacts } from "../../../medusa-tables/order-placement"
import { onlineStockLocations } from "../../search/utils/search-documents"
import { toNumber } from "../../../modules/ocop/lib/numbers"

const PAY_AT_SHOWROOM = "pp_showroom_cod"
const CASH_ON_DELIVERY = "pp_cod_cod"

// what placing did, to undo if completion fails later: the link, and reservations made again elsewhere
type Placed = { order_id: string; showroom_id: string | null; reservations: string[] }

/**
 * Where an order's stock comes from. Medusa reserves at the first location of
 * the store's channel that has enough, which may be a showroom's (consigned
 * goods) or the warehouse. Here, before the payment is authorized:
 * - an order picked up at a showroom takes that showroom's units, checked
 *   under the stock lock against the ledger less units already set aside
 *   (the counter checks the same), and its reservations move there;
 * - a delivered order takes warehouse stock only: its reservations leave any
 *   showroom, or the order is refused.
 * Throwing rolls the completion back: no order, no reservation, no payment.
 */
async function placeOrderStock(container: MedusaContainer, cartId: string): Promise<Placed | null> {
  const facts = await placementFacts(container, cartId)
  if (!facts) return null
  const { order_id, providers } = facts
  const showroom = facts.pickup_location_id
    ? ((
        await (container.resolve(CONSIGNMENT_MODULE) as ConsignmentModuleService).listShowrooms({
          stock_location_id: facts.pickup_location_id,
        })
      )[0] ?? null)
    : null
  if (providers.includes(PAY_AT_SHOWROOM) && !showroom) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Trả tại điểm bán chỉ dùng cho đơn nhận tại điểm bán (pay at the showroom is only for orders picked up there)"
    )
  }
  if (providers.includes(CASH_ON_DELIVERY) && showroom) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Đơn nhận tại điểm bán: hãy chọn trả tại điểm bán (cash on delivery is for delivered orders; choose pay at the showroom)"
    )
  }
  const items = facts.items.filter((i) => i.variant_id).map((i) => ({ ...i, quantity: toNumber(i.quantity) }))
  const inventory = container.resolve(Modules.INVENTORY)
  const reservations = items.length
    ? await inventory.listReservationItems({ line_item_id: items.map((i) => i.id) }, { take: null as any })
    : []
  if (!reservations.length && !showroom) return { order_id, showroom_id: null, reservations: [] }
  const itemKeys = reservations.map((r) => r.inventory_item_id)

  if (showroom) {
    const consignment: ConsignmentModuleService = container.resolve(CONSIGNMENT_MODULE)
    const needed = new Map<string, { quantity: number; title: string }>()
    for (const i of items) {
      const key = `${showroom.id}:${i.variant_id}`
      needed.set(key, { quantity: (needed.get(key)?.quantity ?? 0) + i.quantity, title: i.product_title })
    }
    const variantIds = items.map((i) => i.variant_id)
    const created = await underStockLock(container, itemKeys, async () => {
      const [onHand, setAside] = await Promise.all([
        consignment.stockOnHand(showroom.id, variantIds),
        pickupSetAside(container, showroom, variantIds, new Set(reservations.map((r) => r.id))),
      ])
      for (const [key, n] of needed) {
        const available = Math.max(0, (onHand.get(key.split(":")[1]) ?? 0) - (setAside.get(key) ?? 0))
        if (available < n.quantity) {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `"${n.title}" tại ${showroom.name} chỉ còn ${available} (only ${available} left at this showroom)`
          )
        }
      }
      // the ledger had them, the inventory level (updated a moment after a sale) not yet: sold out all the same
      return relocateReservations(
        container,
        reservations.filter((r) => r.location_id !== showroom.stock_location_id),
        () => showroom.stock_location_id
      ).catch((e) => {
        if (e?.type !== MedusaError.Types.NOT_ALLOWED) throw e
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Sản phẩm vừa hết tại ${showroom.name} (just sold out at this showroom)`
        )
      })
    })
    await container.resolve(ContainerRegistrationKeys.LINK).create(pickupLink(order_id, showroom.id))
    return { order_id, showroom_id: showroom.id, reservations: created.map((r) => r.id) }
  }

  const online = await onlineStockLocations(container)
  const misplaced = reservations.filter((r) => !online.has(r.location_id))
  if (!misplaced.length) return { order_id, showroom_id: null, reservations: [] }
  const titleOf = new Map(items.map((i) => [i.id, i.product_title]))
  const created = await underStockLock(container, itemKeys, async () => {
    const levels = await inventory.listInventoryLevels(
      { inventory_item_id: misplaced.map((r) => r.inventory_item_id), location_id: [...online] },
      { take: null as any }
    )
    const target = new Map<string, string>()
    for (const r of misplaced) {
      const level = levels.find(
        (l) => l.inventory_item_id === r.inventory_item_id && toNumber(l.available_quantity) >= toNumber(r.quantity)
      )
      if (!level) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `"${titleOf.get(r.line_item_id!)}" hết hàng giao online, chỉ còn tại điểm bán: hãy chọn nhận tại điểm bán (sold out for delivery; available for pickup at a showroom)`
        )
      }
      level.available_quantity = toNumber(level.available_quantity) - toNumber(r.quantity)
      target.set(r.id, level.location_id)
    }
    return relocateReservations(container, misplaced, (r) => target.get(r.id)!)
  })
  return { order_id, showroom_id: null, reservations: created.map((r) => r.id) }
}

const pickupLink = (orderId: string, showroomId: string) => [
  { [Modules.ORDER]: { order_id: orderId }, [CONSIGNMENT_MODULE]: { ocop_showroom_id: showroomId } },
]

// not on the bench's Medusa-alone backend (config/bench-mode)
if (!WITHOUT_MARKETPLACE) registerPickupPlacement()

function registerPickupPlacement() {
  ;(completeCartWorkflow.hooks as any).beforePaymentAuthorization(
    async ({ input }: { input: { id: string } }, { container }: { container: MedusaContainer }) => {
      const placed = await placeOrderStock(container, input.id)
      return new StepResponse(placed, placed)
    },
    async (placed: Placed | null, { container }: { container: MedusaContainer }) => {
      if (!placed) return
      if (placed.showroom_id)
        await container.resolve(ContainerRegistrationKeys.LINK).dismiss(pickupLink(placed.order_id, placed.showroom_id))
      // Medusa's own compensation removes the reservations it made (the ones moved are gone already)
      if (placed.reservations.length)
        await container.resolve(Modules.INVENTORY).deleteReservationItems(placed.reservations)
    }
  )
}
