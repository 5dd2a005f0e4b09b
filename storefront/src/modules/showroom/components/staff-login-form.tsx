"use client"

import { staffLogin } from "@/lib/data/staff-actions"
import { PortalLoginForm } from "@/modules/common/components/portal-login-form"
import type { StaffFormProps } from "./use-staff-form"

export function StaffLoginForm({ lang, t }: StaffFormProps) {
  return (
    <PortalLoginForm
      action={staffLogin}
      id="staff-login"
      title={t.staff.login}
      messageTestId="staff-message"
      lang={lang}
      t={t}
    />
  )
}
