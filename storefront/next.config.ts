import type { NextConfig } from "next"

// Security headers on every page (the storefront holds no secrets: the
// publishable key is public by design; Stripe's secret key stays in the backend).
// A Content-Security-Policy as a second wall behind React's escaping: no
// plugin, no <base>, no framing, forms and scripts from here and Stripe only.
// Next's App Router bootstraps with inline scripts, which a static policy can
// only allow wholesale ('unsafe-inline'); a per-request nonce would make every
// page dynamic. Development adds 'unsafe-eval' for React's dev tools.
const dev = process.env.NODE_ENV !== "production"
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""} https://js.stripe.com`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https://api.stripe.com",
  "frame-src https://js.stripe.com https://hooks.stripe.com",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ")

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
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
  // the stylesheet (about 7 KB compressed) inside each page's HTML, not a request the first paint waits for
  experimental: { inlineCss: true },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }]
  },
}

export default config
