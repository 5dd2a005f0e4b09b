import Link from "@/modules/common/components/link"

/** Nothing to show (an empty cart, a search without results): what happened and the way on. */
export function EmptyState(props: {
  title: string
  body?: string
  action?: { href: string; label: string }
  icon?: string
  testId?: string
}) {
  return (
    <div className="empty-state" data-testid={props.testId}>
      <span className="empty-icon" aria-hidden="true">
        {props.icon ?? "★"}
      </span>
      <p className="empty-title">
        <strong>{props.title}</strong>
      </p>
      {props.body ? <p className="muted">{props.body}</p> : null}
      {props.action ? (
        <p>
          <Link href={props.action.href} className="button primary">
            {props.action.label}
          </Link>
        </p>
      ) : null}
    </div>
  )
}
