import type { NextConfig } from "next"

// Security headers on every page (the storefront holds no secrets: the
// publishable key is public by design; Stripe's secret key stays in the backend).
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
]

const config: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // product images come from the backend through /static (see src/app/static)
  images: { unoptimized: true },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }]
  },
}

export default config
