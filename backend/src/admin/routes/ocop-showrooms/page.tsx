import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Input, Label, Select, Table, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { adminFetch } from "../../lib/client"
import { ShowroomStaffList } from "../../lib/showroom-staff"

type Showroom = {
  id: string
  name: string
  handle: string
  address: string
  commune: string
  province_code: string
  opening_hours: string | null
}
type Producer = { id: string; name: string; status: string }

const EMPTY = { name: "", handle: "", address: "", commune: "", province_code: "", opening_hours: "" }

/**
 * The operator's showrooms: create one (with its stock location), add staff
 * (a one-time activation link to hand over) and consignment agreements.
 */
const ShowroomsPage = () => {
  const [showrooms, setShowrooms] = useState<Showroom[]>([])
  const [producers, setProducers] = useState<Producer[]>([])
  const [form, setForm] = useState(EMPTY)
  const [staffEmail, setStaffEmail] = useState<Record<string, string>>({})
  const [activation, setActivation] = useState<Record<string, string>>({})
  const [staffChanges, setStaffChanges] = useState(0)
  const [agreement, setAgreement] = useState<Record<string, { producer_id: string; commission: string; days: string }>>(
    {}
  )

  const load = useCallback(() => {
    adminFetch<{ showrooms: Showroom[] }>("/admin/ocop/showrooms").then(
      (r) => setShowrooms(r.showrooms),
      (e) => toast.error(e.message)
    )
    adminFetch<{ producers: Producer[] }>("/admin/ocop/producers?limit=200").then(
      (r) => setProducers(r.producers.filter((p) => p.status === "approved")),
      (e) => toast.error(e.message)
    )
  }, [])
  useEffect(load, [load])

  const create = async () => {
    try {
      await adminFetch("/admin/ocop/showrooms", {
        method: "POST",
        body: JSON.stringify({ ...form, opening_hours: form.opening_hours || null }),
      })
      toast.success("Đã tạo điểm bán")
      setForm(EMPTY)
      load()
    } catch (e: any) {
      toast.error(e.message)
    }
  }
  const addStaff = async (id: string) => {
    try {
      const r = await adminFetch<{ activation: { token: string } }>(`/admin/ocop/showrooms/${id}/staff`, {
        method: "POST",
        body: JSON.stringify({ email: staffEmail[id], role: "manager" }),
      })
      setActivation({ ...activation, [id]: r.activation.token })
      setStaffChanges((n) => n + 1)
    } catch (e: any) {
      toast.error(e.message)
    }
  }
  const addAgreement = async (id: string) => {
    const a = agreement[id]
    try {
      await adminFetch(`/admin/ocop/showrooms/${id}/agreements`, {
        method: "POST",
        body: JSON.stringify({
          producer_id: a?.producer_id,
          commission_bps: Math.round(Number(a?.commission || 0) * 100),
          consignment_days: Number(a?.days || 90),
        }),
      })
      toast.success("Đã ký hợp đồng ký gửi")
    } catch (e: any) {
      toast.error(e.message)
    }
  }

  return (
    <Container className="p-0">
      <div className="px-6 py-4">
        <Heading>Điểm bán OCOP</Heading>
        <Text size="small">{showrooms.length} điểm bán</Text>
      </div>
      <div className="grid grid-cols-3 gap-3 px-6 pb-4">
        {(["name", "handle", "address", "commune", "province_code", "opening_hours"] as const).map((k) => (
          <div key={k}>
            <Label htmlFor={`f-${k}`}>
              {
                {
                  name: "Tên",
                  handle: "Mã (không dấu)",
                  address: "Địa chỉ",
                  commune: "Xã/phường",
                  province_code: "Mã tỉnh hiện hành",
                  opening_hours: "Giờ mở cửa",
                }[k]
              }
            </Label>
            <Input id={`f-${k}`} value={form[k]} onChange={(e) => setForm({ ...form, [k]: e.target.value })} />
          </div>
        ))}
        <Button onClick={create}>Tạo điểm bán</Button>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Điểm bán</Table.HeaderCell>
            <Table.HeaderCell>Nhân viên</Table.HeaderCell>
            <Table.HeaderCell>Hợp đồng ký gửi</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {showrooms.map((s) => (
            <Table.Row key={s.id}>
              <Table.Cell>
                <div>{s.name}</div>
                <Text size="small">
                  {s.address}, {s.commune} · {s.province_code}
                </Text>
              </Table.Cell>
              <Table.Cell>
                <ShowroomStaffList showroomId={s.id} refreshKey={staffChanges} />
                <Input
                  aria-label={`Email nhân viên ${s.name}`}
                  placeholder="email"
                  value={staffEmail[s.id] ?? ""}
                  onChange={(e) => setStaffEmail({ ...staffEmail, [s.id]: e.target.value })}
                />
                <Button size="small" onClick={() => addStaff(s.id)}>
                  Thêm nhân viên
                </Button>
                {activation[s.id] ? (
                  <Text size="small">Gửi đường dẫn: /vi/showroom?token={activation[s.id]}</Text>
                ) : null}
              </Table.Cell>
              <Table.Cell>
                <Select
                  onValueChange={(v) =>
                    setAgreement({
                      ...agreement,
                      [s.id]: { ...(agreement[s.id] ?? { commission: "10", days: "90" }), producer_id: v },
                    })
                  }
                >
                  <Select.Trigger>
                    <Select.Value placeholder="Chủ thể" />
                  </Select.Trigger>
                  <Select.Content>
                    {producers.map((p) => (
                      <Select.Item key={p.id} value={p.id}>
                        {p.name}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
                <Input
                  aria-label="Hoa hồng (%)"
                  placeholder="% hoa hồng"
                  value={agreement[s.id]?.commission ?? "10"}
                  onChange={(e) =>
                    setAgreement({
                      ...agreement,
                      [s.id]: { ...(agreement[s.id] ?? { producer_id: "", days: "90" }), commission: e.target.value },
                    })
                  }
                />
                <Input
                  aria-label="Số ngày ký gửi"
                  placeholder="ngày"
                  value={agreement[s.id]?.days ?? "90"}
                  onChange={(e) =>
                    setAgreement({
                      ...agreement,
                      [s.id]: { ...(agreement[s.id] ?? { producer_id: "", commission: "10" }), days: e.target.value },
                    })
                  }
                />
                <Button size="small" onClick={() => addAgreement(s.id)}>
                  Ký hợp đồng
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Điểm bán OCOP" })

export default ShowroomsPage
