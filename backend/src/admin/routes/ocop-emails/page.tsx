import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { adminFetch } from "../../lib/client"

type Delivery = {
  id: string
  to: string
  template: string
  status: "failed" | "gave_up"
  attempts: number
  next_attempt_at: string | null
  last_error: string | null
  updated_at: string
}

const when = (at: string | null) => (at ? new Date(at).toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" }) : "—")

/**
 * Emails that could not be sent: those given up after the last try (send
 * again once the cause is fixed) and those still being retried.
 */
const EmailsPage = () => {
  const [given, setGiven] = useState<Delivery[]>([])
  const [retrying, setRetrying] = useState<Delivery[]>([])

  const load = useCallback(() => {
    adminFetch<{ deliveries: Delivery[] }>("/admin/mail/deliveries?status=gave_up").then(
      (r) => setGiven(r.deliveries),
      (e) => toast.error(e.message)
    )
    adminFetch<{ deliveries: Delivery[] }>("/admin/mail/deliveries?status=failed").then(
      (r) => setRetrying(r.deliveries),
      (e) => toast.error(e.message)
    )
  }, [])
  useEffect(load, [load])

  const retry = async (id: string) => {
    try {
      await adminFetch(`/admin/mail/deliveries/${id}/retry`, { method: "POST" })
      toast.success("Sẽ gửi lại trong vòng một phút")
      load()
    } catch (e: any) {
      toast.error(e.message)
    }
  }

  const table = (rows: Delivery[], action: boolean) => (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Người nhận</Table.HeaderCell>
          <Table.HeaderCell>Loại thư</Table.HeaderCell>
          <Table.HeaderCell>Số lần gửi</Table.HeaderCell>
          <Table.HeaderCell>{action ? "Lần cuối" : "Lần tới"}</Table.HeaderCell>
          <Table.HeaderCell>Lỗi</Table.HeaderCell>
          <Table.HeaderCell />
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map((d) => (
          <Table.Row key={d.id}>
            <Table.Cell>{d.to}</Table.Cell>
            <Table.Cell>
              <Badge size="2xsmall">{d.template}</Badge>
            </Table.Cell>
            <Table.Cell>{d.attempts}</Table.Cell>
            <Table.Cell>{when(action ? d.updated_at : d.next_attempt_at)}</Table.Cell>
            <Table.Cell className="max-w-md truncate" title={d.last_error ?? ""}>
              {d.last_error}
            </Table.Cell>
            <Table.Cell>
              {action && (
                <Button size="small" variant="secondary" onClick={() => retry(d.id)}>
                  Gửi lại
                </Button>
              )}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )

  return (
    <Container className="flex flex-col gap-6 p-6">
      <div>
        <Heading level="h1">Thư không gửi được</Heading>
        <Text className="text-ui-fg-subtle">
          Thư đã thử gửi nhiều lần (sau 1, 5, 30, 120 và 720 phút) mà máy chủ thư vẫn từ chối. Hãy kiểm tra SMTP_URL
          hoặc địa chỉ người nhận rồi gửi lại.
        </Text>
      </div>
      {given.length ? table(given, true) : <Text>Không có thư nào bị bỏ.</Text>}
      <Heading level="h2">Đang thử lại</Heading>
      {retrying.length ? table(retrying, false) : <Text>Không có thư nào đang chờ thử lại.</Text>}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Thư không gửi được" })

export default EmailsPage
