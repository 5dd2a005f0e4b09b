import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Input, Table, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { adminFetch } from "../../lib/client"

type Certificate = {
  id: string
  certificate_number: string
  product_name: string
  stars: number
  decision_number: string
  issuing_authority: string
  issued_at: string
  evidence_url: string | null
  producer: { name: string }
}

/** The operator's review queue: submitted certificates with their scan, approve or reject with a reason. */
const CertificateQueuePage = () => {
  const [items, setItems] = useState<Certificate[]>([])
  const [reasons, setReasons] = useState<Record<string, string>>({})
  const load = useCallback(() => {
    adminFetch<{ certificates: Certificate[] }>("/admin/ocop/certificates?status=submitted&limit=200").then(
      (r) => setItems(r.certificates),
      (e) => toast.error(e.message)
    )
  }, [])
  useEffect(load, [load])

  const decide = async (id: string, status: "verified" | "rejected") => {
    try {
      await adminFetch(`/admin/ocop/certificates/${id}/status`, {
        method: "POST",
        body: JSON.stringify({ status, reason: reasons[id] || undefined }),
      })
      toast.success(status === "verified" ? "Đã duyệt" : "Đã từ chối")
      load()
    } catch (e: any) {
      toast.error(e.message)
    }
  }

  return (
    <Container className="p-0">
      <div className="px-6 py-4">
        <Heading>Chứng nhận OCOP chờ duyệt</Heading>
        <Text size="small">{items.length} hồ sơ</Text>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Số chứng nhận</Table.HeaderCell>
            <Table.HeaderCell>Sản phẩm / chủ thể</Table.HeaderCell>
            <Table.HeaderCell>Sao</Table.HeaderCell>
            <Table.HeaderCell>Quyết định</Table.HeaderCell>
            <Table.HeaderCell>Lý do (khi từ chối)</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {items.map((c) => (
            <Table.Row key={c.id}>
              <Table.Cell>
                {c.evidence_url ? (
                  <a href={c.evidence_url} target="_blank" rel="noreferrer" className="underline">
                    {c.certificate_number}
                  </a>
                ) : (
                  c.certificate_number
                )}
              </Table.Cell>
              <Table.Cell>
                {c.product_name} — {c.producer?.name}
              </Table.Cell>
              <Table.Cell>{c.stars}</Table.Cell>
              <Table.Cell>
                {c.decision_number}, {c.issuing_authority}, {new Date(c.issued_at).toLocaleDateString("vi-VN")}
              </Table.Cell>
              <Table.Cell>
                <Input
                  aria-label={`Lý do từ chối ${c.certificate_number}`}
                  value={reasons[c.id] ?? ""}
                  onChange={(e) => setReasons({ ...reasons, [c.id]: e.target.value })}
                />
              </Table.Cell>
              <Table.Cell className="flex gap-2">
                <Button size="small" onClick={() => decide(c.id, "verified")}>
                  Duyệt
                </Button>
                <Button size="small" variant="danger" onClick={() => decide(c.id, "rejected")}>
                  Từ chối
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Duyệt chứng nhận OCOP" })

export default CertificateQueuePage
