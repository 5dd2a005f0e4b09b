import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { setAuthAppMetadataWorkflow } from "@medusajs/medusa/core-flows"
import { CONSIGNMENT_MODULE } from "../backend/src/modules/consignment"
import type ConsignmentModuleService from "../backend/src/modules/consignment/service"
import { OCOP_MODULE } from "../backend/src/modules/ocop"
import type OcopModuleService from "../backend/src/modules/ocop/service"
import { createShowroomWorkflow } from "../backend/src/workflows/consignment/create-showroom"
import { setupShowroomPickupWorkflow } from "../backend/src/workflows/consignment/showroom-pickup"
import { recordStockMovementsWorkflow } from "../backend/src/workflows/consignment/record-stock-movements"
import ProductProducerLink from "../backend/src/links/product-producer"

/** Demo showrooms, each with agreements with producers of its province and goods taken in. */
const SHOWROOMS = [
  {
    showroom: {
      name: "Điểm giới thiệu sản phẩm OCOP Vĩnh Long",
      handle: "diem-ocop-vinh-long",
      address: "26 Đường 3 Tháng 2",
      commune: "Phường Phú Khương",
      province_code: "vinh-long",
      opening_hours: "7:00-19:00 hằng ngày",
      phone: "0275 3 822 111",
    },
    producerProvinces: ["vinh-long"],
  },
  {
    showroom: {
      name: "Trung tâm OCOP Hà Nội",
      handle: "trung-tam-ocop-ha-noi",
      address: "15 Phố Tràng Tiền",
      commune: "Phường Hoàn Kiếm",
      province_code: "ha-noi",
      opening_hours: "8:00-21:00 hằng ngày",
      phone: "024 3 825 0000",
    },
    producerProvinces: ["ha-noi", "bac-ninh"],
  },
]

export const DEMO_STAFF = {
  email: process.env.STAFF_EMAIL || "staff@ocop.local",
  password: process.env.STAFF_PASSWORD || "ocop-staff",
}

/** Idempotent: showrooms that exist are left as they are. */
export async function loadShowrooms(container: MedusaContainer, log: (m: string) => void = () => {}) {
  const consignment: ConsignmentModuleService = container.resolve(CONSIGNMENT_MODULE)
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  for (const [i, def] of SHOWROOMS.entries()) {
    const [existing] = await consignment.listShowrooms({ handle: def.showroom.handle })
    if (existing) {
      // a showroom seeded before pickup existed gets it now
      await setupShowroomPickupWorkflow(container).run({ input: { showroom_id: existing.id } })
      continue
    }
    const { result: showroom } = await createShowroomWorkflow(container).run({ input: def.showroom })
    const producers = (await ocop.listOcopProducers(
      { province_code: def.producerProvinces, status: "approved" },
      { take: 4 }
    )) as any[]
    for (const p of producers) {
      await consignment.createConsignmentAgreements({
        showroom_id: showroom.id,
        producer_id: p.id,
        commission_bps: 1500,
        consignment_days: 90,
      } as any)
    }
    const { data: links } = await query.graph({
      entity: ProductProducerLink.entryPoint,
      fields: ["product_id", "ocop_producer_id", "product.variants.id"],
      filters: { ocop_producer_id: producers.map((p) => p.id) },
    })
    const answers = await ocop.sellability(links.map((l: any) => l.product_id))
    const changes = (links as any[])
      .filter((l) => answers.get(l.product_id)?.sellable && l.product?.variants?.[0])
      .slice(0, 6)
      .map((l, n) => ({
        variant_id: l.product.variants[0].id,
        kind: "intake" as const,
        quantity: 6 + n * 2,
        lot: "DEMO-2026",
      }))
    if (changes.length) {
      await recordStockMovementsWorkflow(container).run({
        input: { showroom_id: showroom.id, actor: "seed", receipt: `PN-DEMO-${i + 1}`, changes },
      })
    }
    log(`showroom ${showroom.name}: ${producers.length} agreements, ${changes.length} products taken in`)
    // a known password is for trying the counter on a development machine only
    if (i === 0 && process.env.NODE_ENV !== "production") await demoStaff(container, showroom.id)
  }
}

/** A manager login at the first showroom for trying the counter (development only, like the admin login). */
async function demoStaff(container: MedusaContainer, showroomId: string) {
  const consignment: ConsignmentModuleService = container.resolve(CONSIGNMENT_MODULE)
  const staff = await consignment.createShowroomStaffs({
    showroom_id: showroomId,
    email: DEMO_STAFF.email,
    name: "Nhân viên quầy",
    role: "manager",
    activated_at: new Date(),
  } as any)
  const { authIdentity, error } = await container
    .resolve(Modules.AUTH)
    .register("emailpass", { body: { email: DEMO_STAFF.email, password: DEMO_STAFF.password } } as any)
  if (error || !authIdentity) throw new Error(`demo staff login: ${error}`)
  await setAuthAppMetadataWorkflow(container).run({
    input: { authIdentityId: authIdentity.id, actorType: "staff", value: staff.id },
  })
}
