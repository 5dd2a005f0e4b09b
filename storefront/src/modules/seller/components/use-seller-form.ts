"use client"

import type { ActionState } from "@/lib/data/cart"
import type { Dictionary } from "@/lib/i18n"
import { useActionForm } from "@/modules/common/components/use-action-form"

export type SellerFormProps = { lang: string; t: Dictionary }
export type Option = { value: string; label: string }

/** A producer-portal form bound to its server action; its message carries data-testid "seller-message". */
export const useSellerForm = (action: (s: ActionState, fd: FormData) => Promise<ActionState>) =>
  useActionForm(action, "seller-message")
