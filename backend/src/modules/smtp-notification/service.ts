import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import nodemailer, { type Transporter } from "nodemailer"
import { renderMail } from "./templates"

export type SmtpOptions = {
  /** smtp://user:pass@host:587 (smtps:// for implicit TLS) */
  url: string
  /** "OCOP <no-reply@example.vn>" */
  from: string
  channels?: string[]
}

/**
 * Sends Medusa notifications of the email channel over SMTP with nodemailer.
 * The message is rendered here from the notification's template and data, so
 * a retry renders exactly what the first try would have.
 */
export default class SmtpNotificationProvider extends AbstractNotificationProviderService {
  static identifier = "smtp"
  private transporter: Transporter
  private from: string
  private logger: Logger

  static validateOptions(options: Record<string, unknown>) {
    if (!options.url || !options.from) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The SMTP notification provider needs `url` and `from`")
    }
  }

  constructor({ logger }: { logger: Logger }, options: SmtpOptions) {
    super()
    this.logger = logger
    this.from = options.from
    // short timeouts: a dead server fails the try quickly and the retry job takes over
    this.transporter = nodemailer.createTransport(options.url, {
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    } as any)
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const data = (notification.data ?? {}) as Record<string, any>
    const mail = renderMail(notification.template, data)
    const unsubscribe = typeof data.unsubscribe_url === "string" ? data.unsubscribe_url : null
    const info = await this.transporter.sendMail({
      from: notification.from || this.from,
      to: notification.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      // one-click unsubscribe (RFC 8058) for the messages a recipient may turn off
      ...(unsubscribe
        ? {
            list: { unsubscribe: { url: unsubscribe, comment: "Unsubscribe" } },
            headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
          }
        : {}),
    })
    this.logger.debug?.(`[mail] ${notification.template} to ${notification.to}: ${info.messageId}`)
    return { id: info.messageId }
  }
}
