import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import VietQrProvider from "./service"

// pp_vietqr_vietqr: bank transfer by VietQR (Napas 247), confirmed by the bank's notification
export default ModuleProvider(Modules.PAYMENT, {
  services: [VietQrProvider],
})
