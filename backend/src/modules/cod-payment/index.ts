import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import CashOnDeliveryProvider from "./service"
import PayAtShowroomProvider from "./pay-at-showroom"

// pp_cod_cod (cash on delivery) and pp_showroom_cod (pay at the showroom on pickup)
export default ModuleProvider(Modules.PAYMENT, {
  services: [CashOnDeliveryProvider, PayAtShowroomProvider],
})
