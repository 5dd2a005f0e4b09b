import type { MetadataRoute } from "next"

/** Installable on a phone's home screen with the marketplace's icon (Vietnamese name first). */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Chợ OCOP: đặc sản OCOP 3–5 sao",
    short_name: "Chợ OCOP",
    start_url: "/",
    display: "standalone",
    background_color: "#fafaf9",
    theme_color: "#14532d",
    lang: "vi",
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  }
}
