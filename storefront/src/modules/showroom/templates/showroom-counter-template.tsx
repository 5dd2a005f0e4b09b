import type { ShowroomCounter } from "@/lib/data/staff"
import type { StaffMe } from "@/lib/types"
import { staffLogout } from "@/lib/data/staff-actions"
import { dictionary, type Lang } from "@/lib/i18n"
import { CounterSaleForm } from "@/modules/showroom/components/counter-sale-form"
import { IntakeForm } from "@/modules/showroom/components/intake-form"
import { StaffAlerts } from "@/modules/showroom/components/staff-alerts"
import { StaffPickups } from "@/modules/showroom/components/staff-pickups"
import { StaffSales } from "@/modules/showroom/components/staff-sales"
import { StaffSettlements } from "@/modules/showroom/components/staff-settlements"
import { MailPreferences } from "@/modules/common/components/mail-preferences"
import { StaffStock } from "@/modules/showroom/components/staff-stock"

/** The showroom staff's screen: alerts, online orders to hand over, the counter and intake, stock with returns and counts, receipts, settlements. */
export function ShowroomCounterTemplate({ me, counter, lang }: { me: StaffMe; counter: ShowroomCounter; lang: Lang }) {
  const t = dictionary(lang)
  const s = t.staff
  const { stock, alerts, pickups, sales, settlements } = counter
  const stockName = new Map(stock.map((r) => [r.variant_id, `${r.product_title} · ${r.title}`]))
  return (
    <section>
      <h1>{me.showroom.name}</h1>
      <p className="muted">
        {me.staff.email} · {me.showroom.address}, {me.showroom.commune}
      </p>
      <form action={staffLogout}>
        <input type="hidden" name="lang" value={lang} />
        <button type="submit" className="link-button">
          {s.logout}
        </button>
      </form>

      <div className="panel">
        <StaffAlerts alerts={alerts} stockName={stockName} lang={lang} />
      </div>

      <div className="panel">
        <StaffPickups pickups={pickups} lang={lang} />
      </div>

      <div className="two-columns counter-forms">
        <div className="panel">
          <CounterSaleForm lang={lang} t={t} />
        </div>
        <div className="panel">
          <IntakeForm lang={lang} t={t} />
        </div>
      </div>

      <div className="panel">
        <StaffStock stock={stock} lang={lang} />
      </div>

      <div className="panel">
        <StaffSales sales={sales} lang={lang} />
      </div>

      <div className="panel">
        <StaffSettlements
          settlements={settlements}
          producers={me.agreements.map((a) => ({ id: a.producer_id, name: a.producer_name }))}
          lang={lang}
        />
      </div>

      <div className="panel">
        <MailPreferences portal="staff" lang={lang} />
      </div>
    </section>
  )
}
