/** Where the links in messages point: the public storefront and backend (STOREFRONT_URL, MEDUSA_BACKEND_URL). */
export const storefrontUrl = () =>
  (process.env.STOREFRONT_URL || `http://localhost:${process.env.STOREFRONT_PORT || 8000}`).replace(/\/$/, "")

export const backendUrl = () =>
  (process.env.MEDUSA_BACKEND_URL || `http://localhost:${process.env.PORT || 9000}`).replace(/\/$/, "")

export const shopperLang = (locale: string | null | undefined) => (/^en\b/i.test(locale ?? "") ? "en" : "vi")
