import { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { BankPayment } from "./models/bank-payment"
import { BankTransfer } from "./models/bank-transfer"
import { BankRejection } from "./models/bank-rejection"
import { applyTransfer, type PaymentStatus, statusOf, type TransferStatus } from "./lib/outcome"
import type { BankTransaction } from "./sources/types"

type Knex = any

export type PaymentRow = {
  id: string
  reference: string
  order_id: string
  payment_id: string
  amount: number
  received: number
  status: PaymentStatus
  expires_at: Date
  refunded_amount: number
}

/** What recording a transfer did: enough to capture it, or to undo it. */
export type TransferApplied = {
  duplicate: boolean
  transfer_id: string
  fingerprint: string
  status: TransferStatus
  payment_id: string | null
  bank_payment_id: string | null
  order_id: string | null
  capture: number
  // the payment as it was before, for the undo
  before: { received: number; status: PaymentStatus } | null
}

/**
 * Bank payments (one per order paid by transfer), the transfers the bank
 * reported, and refused notifications. Every change of a payment's money
 * happens in one transaction that holds the payment's row lock (SELECT ...
 * FOR UPDATE), so two transfers, or a transfer and the deadline, never
 * interleave, in one process or several.
 */
class BankTransferModuleService extends MedusaService({ BankPayment, BankTransfer, BankRejection }) {
  private knex_(sharedContext: Context): Knex {
    const manager = (sharedContext.transactionManager ?? sharedContext.manager) as any
    return manager.getTransactionContext() ?? manager.getKnex()
  }

  private async lockPayment_(knex: Knex, where: Record<string, string>): Promise<PaymentRow | null> {
    const row = await knex("ocop_bank_payment").where(where).whereNull("deleted_at").forUpdate().first()
    return row ? { ...row, amount: Number(row.amount), received: Number(row.received) } : null
  }

  /**
   * Records a transfer once and applies it to the payment its reference
   * names. A transaction already recorded is not applied again: `duplicate`,
   * with the first record's fingerprint so the caller can tell a replay from
   * an altered copy.
   */
  @InjectTransactionManager()
  async receiveTransfer(
    input: {
      transaction: BankTransaction
      fingerprint: string
      reference: string | null
      order_canceled: boolean
      matched_by: string | null
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<TransferApplied> {
    const knex = this.knex_(sharedContext)
    const t = input.transaction
    const [inserted] = await knex("ocop_bank_transfer")
      .insert({
        id: generateEntityId("", "btr"),
        source: t.source,
        transaction_id: t.transaction_id,
        fingerprint: input.fingerprint,
        gateway: t.gateway,
        account_number: t.account_number,
        amount: t.amount,
        content: t.content,
        reference_code: t.reference_code,
        transaction_date: t.transaction_date,
        reference: input.reference,
        status: "unmatched",
      })
      // the unique index is partial (Medusa's soft delete): the arbiter names its predicate
      .onConflict(knex.raw("(source, transaction_id) where deleted_at is null"))
      .ignore()
      .returning(["id"])
    if (!inserted) {
      const first = await knex("ocop_bank_transfer")
        .where({ source: t.source, transaction_id: t.transaction_id })
        .first()
      return {
        duplicate: true,
        transfer_id: first.id,
        fingerprint: first.fingerprint,
        status: first.status,
        payment_id: null,
        bank_payment_id: first.bank_payment_id,
        order_id: first.order_id,
        capture: 0,
        before: null,
      }
    }
    return this.apply_(knex, inserted.id, t.amount, input, input.fingerprint)
  }

  /** The operator's match of an unmatched transfer to an order's reference. */
  @InjectTransactionManager()
  async matchTransfer(
    input: { transfer_id: string; reference: string; order_canceled: boolean; matched_by: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<TransferApplied> {
    const knex = this.knex_(sharedContext)
    const transfer = await knex("ocop_bank_transfer").where({ id: input.transfer_id }).forUpdate().first()
    if (!transfer) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không có giao dịch này (no such transfer)")
    if (transfer.status !== "unmatched") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Giao dịch này đã được ghép với một đơn hàng (this transfer is already matched to an order)"
      )
    }
    return this.apply_(knex, transfer.id, Number(transfer.amount), input, transfer.fingerprint)
  }

  private async apply_(
    knex: Knex,
    transferId: string,
    amount: number,
    input: { reference: string | null; order_canceled: boolean; matched_by: string | null },
    fingerprint: string
  ): Promise<TransferApplied> {
    const payment = input.reference ? await this.lockPayment_(knex, { reference: input.reference }) : null
    const base = { duplicate: false, transfer_id: transferId, fingerprint }
    if (!payment) {
      if (input.matched_by) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không có đơn hàng này (no such order)")
      return {
        ...base,
        status: "unmatched",
        payment_id: null,
        bank_payment_id: null,
        order_id: null,
        capture: 0,
        before: null,
      }
    }
    const out = applyTransfer(payment, amount, input.order_canceled)
    const now = new Date()
    await knex("ocop_bank_payment")
      .where({ id: payment.id })
      .update({
        received: out.received,
        status: out.status,
        paid_at: out.capture > 0 && out.status !== "partial" ? now : knex.raw("paid_at"),
        updated_at: now,
      })
    await knex("ocop_bank_transfer")
      .where({ id: transferId })
      .update({
        status: out.transfer,
        reference: payment.reference,
        bank_payment_id: payment.id,
        order_id: payment.order_id,
        captured: out.capture,
        matched_by: input.matched_by ?? "system",
        matched_at: now,
        updated_at: now,
      })
    return {
      ...base,
      status: out.transfer,
      payment_id: payment.payment_id,
      bank_payment_id: payment.id,
      order_id: payment.order_id,
      capture: out.capture,
      before: { received: payment.received, status: payment.status },
    }
  }

  /**
   * Undoes a transfer recorded by receiveTransfer or matchTransfer (its capture
   * failed): the payment gets its money back out, and the notification's row
   * goes (so the bank's retry is recorded afresh) or returns to unmatched.
   */
  @InjectTransactionManager()
  async undoTransfer(
    applied: TransferApplied & { matched: boolean },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    if (applied.duplicate) return
    const knex = this.knex_(sharedContext)
    if (applied.bank_payment_id) {
      const payment = await this.lockPayment_(knex, { id: applied.bank_payment_id })
      const transfer = await knex("ocop_bank_transfer").where({ id: applied.transfer_id }).first()
      if (payment && transfer) {
        const received = payment.received - Number(transfer.amount)
        const status = payment.status === "expired" ? "expired" : statusOf(received, payment.amount)
        await knex("ocop_bank_payment")
          .where({ id: payment.id })
          .update({
            received,
            status,
            paid_at: status === "paid" || status === "overpaid" ? knex.raw("paid_at") : null,
          })
      }
    }
    if (applied.matched) {
      await knex("ocop_bank_transfer").where({ id: applied.transfer_id }).update({
        status: "unmatched",
        bank_payment_id: null,
        order_id: null,
        captured: 0,
        matched_by: null,
        matched_at: null,
      })
    } else {
      await knex("ocop_bank_transfer").where({ id: applied.transfer_id }).delete()
    }
  }

  /**
   * The deadline: an awaiting payment with nothing received, whose time is
   * up, becomes expired in one statement. Null when it no longer qualifies
   * (paid meanwhile, or another run got it).
   */
  @InjectTransactionManager()
  async expireIfUnpaid(id: string, at: Date, @MedusaContext() sharedContext: Context = {}): Promise<PaymentRow | null> {
    const knex = this.knex_(sharedContext)
    const [row] = await knex("ocop_bank_payment")
      .where({ id, status: "awaiting", received: 0 })
      .andWhere("expires_at", "<=", at)
      .whereNull("deleted_at")
      .update({ status: "expired", updated_at: new Date() })
      .returning("*")
    return row ?? null
  }

  /** Undoes expireIfUnpaid when cancelling the order failed. */
  @InjectTransactionManager()
  async unexpire(id: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await this.knex_(sharedContext)("ocop_bank_payment")
      .where({ id, status: "expired", received: 0 })
      .update({ status: "awaiting", updated_at: new Date() })
  }

  /**
   * Records money sent back to the shopper, only if nothing else was recorded
   * since the caller read `refundedBefore` (one statement): a double click
   * records it once. Null when it lost that race.
   */
  @InjectTransactionManager()
  async recordRefund(
    input: { id: string; amount: number; refunded_before: number; actor: string },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const now = new Date()
    const [row] = await this.knex_(sharedContext)("ocop_bank_payment")
      .where({ id: input.id, refunded_amount: input.refunded_before })
      .update({
        refunded_amount: input.refunded_before + input.amount,
        refunded_by: input.actor,
        refunded_at: now,
        updated_at: now,
      })
      .returning("*")
    return row ?? null
  }

  /** Payments still awaiting their transfer whose deadline is past. */
  @InjectManager()
  async listOverdue(at: Date, limit: number, @MedusaContext() sharedContext: Context = {}): Promise<PaymentRow[]> {
    return this.knex_(sharedContext)("ocop_bank_payment")
      .where({ status: "awaiting", received: 0 })
      .andWhere("expires_at", "<=", at)
      .whereNull("deleted_at")
      .orderBy("expires_at")
      .limit(limit)
  }
}

export default BankTransferModuleService
