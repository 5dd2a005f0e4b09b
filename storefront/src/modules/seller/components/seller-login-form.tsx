"use client"

import { sellerLogin } from "@/lib/data/seller-actions"
import { PortalLoginForm } from "@/modules/common/components/portal-login-form"
import type { SellerFormProps } from "./use-seller-form"

export function SellerLoginForm({ lang, t }: SellerFormProps) {
  return (
    <PortalLoginForm
      action={sellerLogin}
      id="seller-login"
      title={t.seller.login}
      messageTestId="seller-message"
      lang={lang}
      t={t}
    />
  )
}
