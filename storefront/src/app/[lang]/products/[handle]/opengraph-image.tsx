import { ImageResponse } from "next/og"
import { getProductByHandle } from "@/lib/data/catalogue"
import { dictionary, fill, isLang } from "@/lib/i18n"
import { productText } from "@/lib/localized"
import { SHARE_IMAGE_FONT_FAMILY, shareImageFonts } from "@/lib/og-fonts"

export const size = { width: 1200, height: 630 }

/** A five-pointed star as a shape (the font has no star glyph). */
function Star({ size, color }: { size: number; color: string }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24">
      <path fill={color} d="M12 2l2.9 6.3 6.9.7-5.2 4.6 1.5 6.8L12 16.9l-6.1 3.5 1.5-6.8L2.2 9l6.9-.7z" />
    </svg>
  )
}
export const contentType = "image/png"
export const alt = "OCOP"

/**
 * The picture a chat app or social network shows for a product link: its
 * name, its stars and its province, on the marketplace's colours (1200 x 630).
 */
export default async function Image({ params }: { params: Promise<{ lang: string; handle: string }> }) {
  const { lang, handle } = await params
  const language = isLang(lang) ? lang : "vi"
  const t = dictionary(language)
  const product = await getProductByHandle(handle)
  const ocop = product?.ocop
  const title = product ? productText(language, product).title.text : t.siteName
  // long names get a smaller size, so they always fit in three lines
  const titleSize = title.length > 60 ? 52 : title.length > 34 ? 64 : 80
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "56px 64px",
        background: "linear-gradient(135deg, #14532d 0%, #166534 100%)",
        color: "#ffffff",
        fontFamily: SHARE_IMAGE_FONT_FAMILY,
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 20, fontSize: 34, fontWeight: 700 }}>
        <div
          style={{
            width: 64,
            height: 64,
            borderRadius: 32,
            background: "#fcd34d",
            color: "#14532d",
            display: "flex",
            alignItems: "center",
            justifyContent: "center",
          }}
        >
          <Star size={40} color="#14532d" />
        </div>
        {t.siteName}
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
        {ocop ? (
          <div
            style={{
              display: "flex",
              alignSelf: "flex-start",
              alignItems: "center",
              gap: 16,
              background: "#fef3c7",
              color: "#5c3d00",
              borderRadius: 12,
              padding: "8px 20px",
              fontSize: 36,
              fontWeight: 700,
            }}
          >
            <div style={{ display: "flex", gap: 4 }}>
              {Array.from({ length: ocop.stars }, (_, i) => (
                <Star key={i} size={34} color="#8a5a00" />
              ))}
            </div>
            {fill(t.badge.stars, { n: ocop.stars })}
          </div>
        ) : null}
        <div style={{ display: "flex", fontSize: titleSize, fontWeight: 700, lineHeight: 1.15, maxHeight: 300 }}>
          {title}
        </div>
      </div>
      <div style={{ display: "flex", flexDirection: "column", fontSize: 30, color: "#e8f3ec" }}>
        <span style={{ fontWeight: 700, color: "#ffffff" }}>{ocop ? ocop.province.label : t.tagline}</span>
        {ocop ? <span>{ocop.producer.name}</span> : null}
      </div>
    </div>,
    { ...size, fonts: await shareImageFonts() }
  )
}
