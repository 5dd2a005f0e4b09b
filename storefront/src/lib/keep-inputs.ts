import { startTransition, type FormEvent } from "react"

/**
 * Submits a form to its action without React's reset of the fields afterwards,
 * so a refused submission (a wrong email, a sold-out item) keeps what the
 * shopper typed. Without JavaScript the form posts to the same action.
 */
export function keepInputs(dispatch: (data: FormData) => void) {
  return (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    const data = new FormData(e.currentTarget)
    startTransition(() => dispatch(data))
  }
}
