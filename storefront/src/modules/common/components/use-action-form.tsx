"use client"

import { useActionState, type ReactNode } from "react"
import type { ActionState } from "@/lib/data/cart"

/**
 * A form bound to a server action: its state, the dispatcher, whether it is
 * busy, the action's message (success or refusal) and each field's error.
 * `after` adds to the message (a link to print a receipt, say).
 */
export function useActionForm(
  action: (s: ActionState, fd: FormData) => Promise<ActionState>,
  testId: string,
  after?: (s: ActionState) => ReactNode
) {
  const [state, dispatch, pending] = useActionState<ActionState, FormData>(action, { ok: false })
  const message = state.message ? (
    <p role="alert" className={state.ok ? "success" : "error"} data-testid={testId}>
      {state.message}
      {after?.(state)}
    </p>
  ) : null
  const fieldError = (k: string) =>
    state.fieldErrors?.[k] ? (
      <span className="field-error" role="alert">
        {state.fieldErrors[k]}
      </span>
    ) : null
  return { state, dispatch, pending, message, fieldError }
}
