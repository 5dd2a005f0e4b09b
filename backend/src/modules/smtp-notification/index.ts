import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import SmtpNotificationProvider from "./service"

// the email channel of Medusa's notification module, over SMTP (id "smtp": provider notification-provider smtp)
export default ModuleProvider(Modules.NOTIFICATION, {
  services: [SmtpNotificationProvider],
})
