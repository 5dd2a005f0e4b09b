import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CONSIGNMENT_MODULE } from "../modules/consignment"
import type ConsignmentModuleService from "../modules/consignment/service"
import { outgoing } from "../workflows/notification/utils/outgoing"
import { producerTeams } from "../workflows/notification/utils/recipients"
import { sendMessages } from "../workflows/notification/utils/send"

/** A showroom settled with a producer: its members get the figures. */
export default async function notifySettlement({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendMessages(container, `ocop.settlement.created ${event.data.id}`, async () => {
    const consignment: ConsignmentModuleService = container.resolve(CONSIGNMENT_MODULE)
    const [s]: any[] = await consignment.listSettlements({ id: event.data.id }, { relations: ["showroom"] })
    if (!s) return []
    const team = (await producerTeams(container, [s.producer_id])).get(s.producer_id)
    return (team?.emails ?? []).map((to) =>
      outgoing({
        trigger: "ocop.settlement.created",
        keyOf: s.id,
        to,
        template: "settlement-ready",
        category: "settlements",
        resource: { id: s.id, type: "ocop_settlement" },
        data: {
          producer: team!.name,
          showroom: s.showroom?.name ?? "",
          period_start: new Date(s.period_start).toISOString(),
          // period_end is the exclusive end: the last day settled is the day before
          period_end: new Date(new Date(s.period_end).getTime() - 1).toISOString(),
          units: Number(s.units),
          gross: Number(s.gross),
          commission: Number(s.commission),
          net: Number(s.net),
        },
      })
    )
  })
}

export const config: SubscriberConfig = {
  event: "ocop.settlement.created",
  context: { subscriberId: "ocop-notify-settlement" },
}
