import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, AdminProduct } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { adminFetch, STATE_LABELS } from "../lib/client"

type OcopInfo = {
  producer: { name: string; handle: string; type: string; status: string } | null
  badge: {
    stars: number
    level: string
    certificate_number: string
    expires_at: string
    province: { label: string }
  } | null
  sale: { on_sale: boolean; reason: string | null }
  certificates: { id: string; certificate_number: string; stars: number; state: string; expires_at: string }[]
}

/** On the product page: OCOP badge, producer, whether it is on sale and why not, and certificate history. */
const ProductOcopWidget = ({ data }: DetailWidgetProps<AdminProduct>) => {
  const [info, setInfo] = useState<OcopInfo | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    adminFetch<OcopInfo>(`/admin/ocop/products/${data.id}`).then(setInfo, (e) => setError(e.message))
  }, [data.id])

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">OCOP</Heading>
        {info && (
          <Badge color={info.sale.on_sale ? "green" : "red"}>
            {info.sale.on_sale ? "Đang bán" : `Không bán: ${info.sale.reason}`}
          </Badge>
        )}
      </div>
      <div className="px-6 py-4 flex flex-col gap-2">
        {error && <Text className="text-ui-fg-error">{error}</Text>}
        {info?.badge && (
          <Text>
            {"★".repeat(info.badge.stars)} OCOP {info.badge.stars} sao (
            {info.badge.level === "national" ? "quốc gia" : "cấp tỉnh"}) · {info.badge.province.label}
          </Text>
        )}
        {info && (
          <Text size="small">
            Chủ thể: {info.producer ? `${info.producer.name} (${info.producer.status})` : "chưa gắn"}
          </Text>
        )}
        {info?.certificates.map((c) => (
          <Text size="small" key={c.id}>
            {c.certificate_number} · {c.stars} sao · {STATE_LABELS[c.state] ?? c.state} · hết hạn{" "}
            {new Date(c.expires_at).toLocaleDateString("vi-VN")}
          </Text>
        ))}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side.before" })

export default ProductOcopWidget
