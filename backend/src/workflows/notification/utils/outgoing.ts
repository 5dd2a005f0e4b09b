import type { MailCategory } from "../../../modules/mail/lib/categories"
import type { TemplateData, TemplateName } from "../../../modules/smtp-notification/templates"

/** One message to one recipient, as the message builders make it. */
export type Outgoing<K extends TemplateName = TemplateName> = {
  /** what caused it and for whom: the same event for the same recipient always gives the same key */
  key: string
  to: string
  template: K
  data: TemplateData[K]
  /** set for the messages a recipient may turn off: checked before sending, and the message gets an unsubscribe link */
  category?: MailCategory
  trigger: string
  resource?: { id: string; type: string }
}

export const messageKey = (trigger: string, resource: string, to: string) =>
  `${trigger}:${resource}:${to.toLowerCase()}`

/** Typed constructor (the template's data is checked against its name). */
export function outgoing<K extends TemplateName>(
  m: Omit<Outgoing<K>, "key" | "to"> & { to: string; keyOf: string }
): Outgoing<K> {
  const { keyOf, ...rest } = m
  return { ...rest, to: m.to.toLowerCase(), key: messageKey(m.trigger, keyOf, m.to) }
}
