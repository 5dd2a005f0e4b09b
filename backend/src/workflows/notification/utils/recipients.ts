import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CONSIGNMENT_MODULE } from "../../../modules/consignment"
import type ConsignmentModuleService from "../../../modules/consignment/service"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

export type Team = { id: string; name: string; emails: string[] }

const unique = (emails: (string | null | undefined)[]) => [
  ...new Set(emails.filter((e): e is string => !!e && e.includes("@")).map((e) => e.toLowerCase())),
]

/** Each producer and the addresses of its members (the producer's own contact address when it has none yet). */
export async function producerTeams(container: MedusaContainer, producerIds: string[]): Promise<Map<string, Team>> {
  const ids = [...new Set(producerIds.filter(Boolean))]
  if (!ids.length) return new Map()
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const producers = await ocop.listOcopProducers({ id: ids }, { relations: ["members"] })
  return new Map(
    producers.map((p: any) => {
      const members = unique((p.members ?? []).map((m: any) => m.email))
      return [p.id, { id: p.id, name: p.name, emails: members.length ? members : unique([p.email]) }]
    })
  )
}

/** A showroom and the addresses of its staff. */
export async function showroomTeam(container: MedusaContainer, showroomId: string) {
  const consignment: ConsignmentModuleService = container.resolve(CONSIGNMENT_MODULE)
  const [showroom] = await consignment.listShowrooms({ id: showroomId }, { relations: ["staff"] })
  if (!showroom) return null
  return { showroom, emails: unique(((showroom as any).staff ?? []).map((s: any) => s.email)) }
}

/** The operator: OPERATOR_EMAILS (comma-separated) when set, else every Medusa Admin user. */
export async function operatorEmails(container: MedusaContainer): Promise<string[]> {
  if (process.env.OPERATOR_EMAILS) return unique(process.env.OPERATOR_EMAILS.split(",").map((e) => e.trim()))
  const users = await container.resolve(Modules.USER).listUsers({}, { select: ["email"], take: 100 })
  return unique(users.map((u) => u.email))
}
