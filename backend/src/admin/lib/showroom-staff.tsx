import { Button, Text, toast, usePrompt } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { adminFetch } from "./client"

type Staff = { id: string; email: string; role: string; activated_at: string | null }

/** A showroom's staff: who has activated, remove a person, a new activation link for someone who has not. */
export function ShowroomStaffList({ showroomId, refreshKey }: { showroomId: string; refreshKey: number }) {
  const [staff, setStaff] = useState<Staff[]>([])
  const [link, setLink] = useState<Record<string, string>>({})
  const confirm = usePrompt()
  const base = `/admin/ocop/showrooms/${showroomId}/staff`
  const load = useCallback(() => {
    adminFetch<{ staff: Staff[] }>(base).then(
      (r) => setStaff(r.staff),
      (e) => toast.error(e.message)
    )
  }, [base])
  useEffect(load, [load, refreshKey])

  const remove = async (s: Staff) => {
    if (
      !(await confirm({
        title: "Gỡ nhân viên",
        description: `${s.email} sẽ không mở được điểm bán này nữa.`,
        confirmText: "Gỡ",
        cancelText: "Thôi",
      }))
    )
      return
    try {
      await adminFetch(`${base}/${s.id}`, { method: "DELETE" })
      toast.success(`Đã gỡ ${s.email}`)
      load()
    } catch (e: any) {
      toast.error(e.message)
    }
  }
  const reissue = async (s: Staff) => {
    try {
      const r = await adminFetch<{ activation: { token: string } }>(`${base}/${s.id}/token`, { method: "POST" })
      setLink({ ...link, [s.id]: r.activation.token })
    } catch (e: any) {
      toast.error(e.message)
    }
  }

  return (
    <ul>
      {staff.map((s) => (
        <li key={s.id}>
          <Text size="small">
            {s.email} · {s.role === "manager" ? "quản lý" : "nhân viên"} ·{" "}
            {s.activated_at ? "đã kích hoạt" : "chưa kích hoạt"}
          </Text>
          {s.activated_at ? null : (
            <Button size="small" variant="secondary" onClick={() => reissue(s)}>
              Cấp lại mã
            </Button>
          )}
          <Button size="small" variant="danger" onClick={() => remove(s)}>
            Gỡ
          </Button>
          {link[s.id] ? <Text size="small">Gửi đường dẫn: /vi/showroom?token={link[s.id]}</Text> : null}
        </li>
      ))}
    </ul>
  )
}
