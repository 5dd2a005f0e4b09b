"use client"

import { pickupCollected, pickupReady } from "@/lib/data/staff-actions"
import { keepInputs } from "@/lib/keep-inputs"
import { useStaffForm, type StaffFormProps } from "./use-staff-form"

/** An online order waiting at the showroom: prepared, then handed over (taking the payment when it is paid here). */
export function PickupActions({
  lang,
  t,
  id,
  state,
  toCollect,
}: StaffFormProps & { id: string; state: string; toCollect: boolean }) {
  const ready = useStaffForm(pickupReady)
  const collected = useStaffForm(pickupCollected)
  return (
    <>
      {state === "waiting" ? (
        <form action={ready.dispatch} className="inline-form">
          <input type="hidden" name="lang" value={lang} />
          <input type="hidden" name="id" value={id} />
          <button type="submit" disabled={ready.pending}>
            {t.staff.markReady}
          </button>
          {ready.message}
        </form>
      ) : null}
      <form action={collected.dispatch} onSubmit={keepInputs(collected.dispatch)} className="inline-form">
        <input type="hidden" name="lang" value={lang} />
        <input type="hidden" name="id" value={id} />
        {toCollect ? (
          <label>
            {t.staff.payment}
            <select name="payment_method">
              {(["cash", "card", "bank_transfer"] as const).map((m) => (
                <option key={m} value={m}>
                  {t.staff.payments[m]}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <button type="submit" className="primary" disabled={collected.pending}>
          {t.staff.markCollected}
        </button>
        {collected.message}
      </form>
    </>
  )
}
