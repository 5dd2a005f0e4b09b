"use client"

import type { ActionState } from "@/lib/data/cart"
import type { FoundVariant } from "@/lib/types"
import type { Dictionary } from "@/lib/i18n"
import { useActionForm } from "@/modules/common/components/use-action-form"

export type StaffFormProps = { lang: string; t: Dictionary }
/** A line of an intake or a sale: a variant found by scanning, and how many. */
export type Line = FoundVariant & { quantity: number }

/** Staff forms; after an intake or a sale, a link to print its receipt. */
export const useStaffForm = (
  action: (s: ActionState, fd: FormData) => Promise<ActionState>,
  printLabel?: string,
  lang?: string
) =>
  useActionForm(action, "staff-message", (state) =>
    state.receipt && printLabel ? (
      <>
        {" · "}
        <a href={`/${lang}/showroom/receipts/${encodeURIComponent(state.receipt)}`} target="_blank" rel="noopener">
          {printLabel}
        </a>
      </>
    ) : null
  )
