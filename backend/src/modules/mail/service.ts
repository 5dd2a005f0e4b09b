import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { MailDelivery } from "./models/mail-delivery"
import { MailPreference } from "./models/mail-preference"
import { MAX_ATTEMPTS, retryDelay, SEND_LEASE_MS } from "./lib/retry"

type Knex = any

export type DeliveryMessage = {
  data: Record<string, unknown>
  trigger: string
  resource_id?: string | null
  resource_type?: string | null
}
export type ClaimedDelivery = {
  id: string
  key: string
  to: string
  template: string
  attempts: number
  message: DeliveryMessage
}

/**
 * The record of what was sent and the recipients' choices. Claims are single
 * SQL statements, so two processes (or a replayed event and the retry job)
 * never both take the same message.
 */
class MailModuleService extends MedusaService({ MailDelivery, MailPreference }) {
  private knex_(sharedContext: Context): Knex {
    const manager = (sharedContext.transactionManager ?? sharedContext.manager) as any
    return manager.getTransactionContext() ?? manager.getKnex()
  }

  /** Takes the first try of a message; false when its key was already taken (sent, sending or failed). */
  @InjectManager()
  async claimFirstTry(
    message: { key: string; to: string; template: string; message: DeliveryMessage },
    now: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const { rows } = await this.knex_(sharedContext).raw(
      `insert into ocop_mail_delivery (id, key, "to", template, message, status, attempts, next_attempt_at)
       values (?, ?, ?, ?, ?, 'sending', 1, ?)
       on conflict (key) where deleted_at is null do nothing
       returning id`,
      [
        generateEntityId(undefined, "mdel"),
        message.key,
        message.to,
        message.template,
        JSON.stringify(message.message),
        new Date(now.getTime() + SEND_LEASE_MS),
      ]
    )
    return rows.length === 1
  }

  /** Takes up to `limit` messages whose retry is due (or whose try crashed), each by one caller only. */
  @InjectManager()
  async claimDueRetries(
    now: Date,
    limit: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ClaimedDelivery[]> {
    const { rows } = await this.knex_(sharedContext).raw(
      `update ocop_mail_delivery set status = 'sending', attempts = attempts + 1, next_attempt_at = ?, updated_at = now()
       where id in (
         select id from ocop_mail_delivery
         where status in ('sending', 'failed') and next_attempt_at <= ? and deleted_at is null
         order by next_attempt_at limit ? for update skip locked)
       returning id, key, "to", template, attempts, message`,
      [new Date(now.getTime() + SEND_LEASE_MS), now, limit]
    )
    return rows
  }

  @InjectManager()
  async recordSent(
    key: string,
    notificationId: string | null,
    now: Date,
    @MedusaContext() sharedContext: Context = {}
  ) {
    await this.knex_(sharedContext)("ocop_mail_delivery").where({ key }).whereNull("deleted_at").update({
      status: "sent",
      notification_id: notificationId,
      sent_at: now,
      next_attempt_at: null,
      last_error: null,
      updated_at: now,
    })
  }

  /** A failed try: due again after the backoff, or given up after the last try. */
  @InjectManager()
  async recordFailure(key: string, error: string, now: Date, @MedusaContext() sharedContext: Context = {}) {
    const knex = this.knex_(sharedContext)
    const [row] = await knex("ocop_mail_delivery").where({ key }).whereNull("deleted_at").select("attempts")
    if (!row) return
    // a round of tries ends every MAX_ATTEMPTS (the operator's retry starts another round)
    const last = row.attempts % MAX_ATTEMPTS === 0
    await knex("ocop_mail_delivery")
      .where({ key })
      .whereNull("deleted_at")
      .update({
        status: last ? "gave_up" : "failed",
        next_attempt_at: last ? null : new Date(now.getTime() + retryDelay(row.attempts)),
        last_error: error.slice(0, 2000),
        updated_at: now,
      })
  }

  /** The operator asks for another try of a message that was given up. */
  @InjectManager()
  async retryGivenUp(id: string, now: Date, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    const n = await this.knex_(sharedContext)("ocop_mail_delivery")
      .where({ id, status: "gave_up" })
      .whereNull("deleted_at")
      // attempts keep counting: each try has its own notification record
      .update({ status: "failed", next_attempt_at: now, updated_at: now })
    return n === 1
  }

  /** Of these addresses, those that turned this category off. */
  @InjectManager()
  async unsubscribedOf(
    emails: string[],
    category: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Set<string>> {
    if (!emails.length) return new Set()
    const rows: { email: string }[] = await this.knex_(sharedContext)("ocop_mail_preference")
      .whereIn(
        "email",
        emails.map((e) => e.toLowerCase())
      )
      .where({ category })
      .whereNull("deleted_at")
      .select("email")
    return new Set(rows.map((r) => r.email))
  }

  /** Turns a category on or off for an address (idempotent). */
  @InjectManager()
  async setSubscribed(
    email: string,
    category: string,
    subscribed: boolean,
    @MedusaContext() sharedContext: Context = {}
  ) {
    const knex = this.knex_(sharedContext)
    const address = email.toLowerCase()
    if (subscribed) {
      await knex("ocop_mail_preference").where({ email: address, category }).whereNull("deleted_at").delete()
      return
    }
    await knex.raw(
      `insert into ocop_mail_preference (id, email, category) values (?, ?, ?)
       on conflict (email, category) where deleted_at is null do nothing`,
      [generateEntityId(undefined, "mpref"), address, category]
    )
  }
}

export default MailModuleService
