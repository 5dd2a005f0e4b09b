import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Input, Select, Table, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { adminFetch } from "../../lib/client"
import type {
  AdminBankPayment,
  AdminBankRejection,
  AdminBankTransfer,
  AdminBankTransfersResponse,
} from "../../../api/admin/bank-transfers/types"

const STATUS: Record<string, { label: string; color: "green" | "orange" | "blue" | "red" | "grey" }> = {
  matched: { label: "Đã khớp", color: "green" },
  partial: { label: "Thanh toán một phần", color: "orange" },
  overpaid: { label: "Chuyển dư", color: "blue" },
  late: { label: "Đơn đã hủy: hoàn tiền", color: "red" },
  unmatched: { label: "Chưa khớp", color: "grey" },
}
const vnd = (n: number) => `${new Intl.NumberFormat("vi-VN").format(n)} ₫`
const when = (iso: string | null) =>
  iso
    ? new Intl.DateTimeFormat("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", dateStyle: "short", timeStyle: "short" }).format(
        new Date(iso)
      )
    : "–"

/**
 * Bank transfers (VietQR): what the bank reported, by status; match an
 * unmatched one to an order by hand; mark an order paid from the bank's own
 * statement; the refunds to send and record. Who and when are recorded.
 */
const BankTransfersPage = () => {
  const [status, setStatus] = useState("all")
  const [data, setData] = useState<AdminBankTransfersResponse | null>(null)
  const [orderFor, setOrderFor] = useState<Record<string, string>>({})

  const load = useCallback(() => {
    const q = status === "all" ? "" : `?status=${status}`
    adminFetch<AdminBankTransfersResponse>(`/admin/bank-transfers${q}`).then(setData, (e) => toast.error(e.message))
  }, [status])
  useEffect(load, [load])

  const act = async (path: string, body: unknown, done: string) => {
    try {
      await adminFetch(path, { method: "POST", body: JSON.stringify(body) })
      toast.success(done)
      load()
    } catch (e: any) {
      toast.error(e.message)
    }
  }

  return (
    <Container className="flex flex-col gap-y-6">
      <div className="flex items-center justify-between">
        <Heading level="h1">Chuyển khoản ngân hàng (VietQR)</Heading>
        <Select value={status} onValueChange={setStatus}>
          <Select.Trigger>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="all">Tất cả</Select.Item>
            {Object.entries(STATUS).map(([k, v]) => (
              <Select.Item key={k} value={k}>
                {v.label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>

      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Thời điểm</Table.HeaderCell>
            <Table.HeaderCell>Trạng thái</Table.HeaderCell>
            <Table.HeaderCell>Số tiền</Table.HeaderCell>
            <Table.HeaderCell>Nội dung</Table.HeaderCell>
            <Table.HeaderCell>Đơn</Table.HeaderCell>
            <Table.HeaderCell>Khớp bởi</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(data?.transfers ?? []).map((t: AdminBankTransfer) => (
            <Table.Row key={t.id}>
              <Table.Cell>
                {when(t.created_at)}
                <Text size="xsmall">
                  {t.source} #{t.transaction_id}
                </Text>
              </Table.Cell>
              <Table.Cell>
                <Badge color={STATUS[t.status]?.color}>{STATUS[t.status]?.label ?? t.status}</Badge>
              </Table.Cell>
              <Table.Cell>{vnd(t.amount)}</Table.Cell>
              <Table.Cell className="max-w-xs truncate">{t.content}</Table.Cell>
              <Table.Cell>
                {t.order_display_id ? (
                  <a href={`/app/orders/${t.order_id}`}>#{t.order_display_id}</a>
                ) : (
                  <div className="flex gap-x-2">
                    <Input
                      size="small"
                      placeholder="Mã đơn"
                      value={orderFor[t.id] ?? ""}
                      onChange={(e) => setOrderFor({ ...orderFor, [t.id]: e.target.value })}
                    />
                    <Button
                      size="small"
                      onClick={() =>
                        act(
                          `/admin/bank-transfers/${t.id}/match`,
                          { order_display_id: Number(orderFor[t.id]) },
                          "Đã ghép giao dịch với đơn"
                        )
                      }
                    >
                      Ghép
                    </Button>
                  </div>
                )}
              </Table.Cell>
              <Table.Cell>
                {t.matched_by ?? "–"}
                <Text size="xsmall">{when(t.matched_at)}</Text>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>

      <Heading level="h2">Đơn chờ tiền</Heading>
      <Table>
        <Table.Body>
          {(data?.open ?? []).map((p: AdminBankPayment) => (
            <Table.Row key={p.id}>
              <Table.Cell>#{p.order_display_id}</Table.Cell>
              <Table.Cell>{p.reference}</Table.Cell>
              <Table.Cell>
                {vnd(p.received)} / {vnd(p.amount)}
              </Table.Cell>
              <Table.Cell>Hạn {when(p.expires_at)}</Table.Cell>
              <Table.Cell>
                <Button
                  size="small"
                  variant="secondary"
                  onClick={() =>
                    act(`/admin/bank-transfers/payments/${p.id}/mark-paid`, {}, "Đã ghi nhận đã thanh toán")
                  }
                >
                  Đánh dấu đã thanh toán
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>

      <Heading level="h2">Cần hoàn tiền</Heading>
      <Table>
        <Table.Body>
          {(data?.refunds ?? []).map((p: AdminBankPayment) => (
            <Table.Row key={p.id}>
              <Table.Cell>#{p.order_display_id}</Table.Cell>
              <Table.Cell>{p.order_status === "canceled" ? "Đơn đã hủy" : "Chuyển dư"}</Table.Cell>
              <Table.Cell>{vnd(p.refund_due)}</Table.Cell>
              <Table.Cell>
                <Button
                  size="small"
                  variant="secondary"
                  onClick={() =>
                    act(
                      `/admin/bank-transfers/payments/${p.id}/refunded`,
                      { amount: p.refund_due },
                      "Đã ghi nhận hoàn tiền"
                    )
                  }
                >
                  Đã chuyển hoàn
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>

      <Heading level="h2">Thông báo bị từ chối</Heading>
      <Table>
        <Table.Body>
          {(data?.rejections ?? []).map((r: AdminBankRejection) => (
            <Table.Row key={r.id}>
              <Table.Cell>{when(r.created_at)}</Table.Cell>
              <Table.Cell>
                {r.status_code} {r.reason}
              </Table.Cell>
              <Table.Cell>{r.detail}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Chuyển khoản (VietQR)" })

export default BankTransfersPage
