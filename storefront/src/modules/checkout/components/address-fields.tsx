"use client"

import { useState } from "react"
import { fold } from "@/lib/fold"
import type { Dictionary } from "@/lib/i18n"
import { CommunePicker } from "./commune-picker"

export type SavedAddress = { id: string; province: string; commune: string; street: string; label: string }

type Errors = Record<string, string | undefined>

/**
 * A delivery address as Vietnam writes it today: province, then a commune or
 * ward of that province, then street and house number. A signed-in shopper
 * picks one of their saved addresses or types a new one (and may save it).
 */
export function AddressFields(props: {
  t: Dictionary["checkout"]
  provinces: { code: string; name: string }[]
  saved: SavedAddress[]
  signedIn: boolean
  errors: Errors
  described: (k: string) => Record<string, unknown>
}) {
  const { t, provinces, saved } = props
  const codeOf = (name: string) => provinces.find((p) => p.code === name || fold(p.name) === fold(name))?.code ?? ""
  const [savedId, setSavedId] = useState(saved[0]?.id ?? "")
  const first = saved[0]
  const [province, setProvince] = useState(first ? codeOf(first.province) : "")
  const [commune, setCommune] = useState(first?.commune ?? "")
  const [street, setStreet] = useState(first?.street ?? "")
  const provinceName = provinces.find((p) => p.code === province)?.name ?? ""
  const chooseSaved = (a: SavedAddress | undefined) => {
    setSavedId(a?.id ?? "")
    setProvince(a ? codeOf(a.province) : "")
    setCommune(a?.commune ?? "")
    setStreet(a?.street ?? "")
  }
  const err = (k: string) =>
    props.errors[k] ? (
      <span className="field-error" id={`${k}-error`} role="alert">
        {props.errors[k]}
      </span>
    ) : null

  return (
    <fieldset>
      <legend>{t.address}</legend>
      {saved.length ? (
        <div role="radiogroup" aria-label={t.savedAddresses} className="saved-addresses">
          <span className="field-label">{t.savedAddresses}</span>
          {saved.map((a) => (
            <label key={a.id} className="radio">
              <input type="radio" name="saved_address" checked={savedId === a.id} onChange={() => chooseSaved(a)} />
              {a.label}
            </label>
          ))}
          <label className="radio">
            <input type="radio" name="saved_address" checked={!savedId} onChange={() => chooseSaved(undefined)} />
            {t.newAddress}
          </label>
        </div>
      ) : null}
      <label>
        {t.province}
        <select
          required
          value={province}
          onChange={(e) => {
            setProvince(e.target.value)
            setCommune("") // a commune belongs to one province
            setSavedId("")
          }}
          {...props.described("province")}
        >
          <option value="" disabled>
            {t.chooseProvince}
          </option>
          {provinces.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </select>
        {err("province")}
      </label>
      <input type="hidden" name="province" value={provinceName} />
      <input type="hidden" name="province_code" value={province} />
      <CommunePicker
        t={t}
        provinceCode={province}
        provinceName={provinceName}
        value={commune}
        onChange={(v) => {
          setCommune(v)
          setSavedId("")
        }}
        error={props.errors.ward}
      />
      <label>
        {t.street}
        <input
          name="street"
          autoComplete="address-line1"
          required
          value={street}
          onChange={(e) => {
            setStreet(e.target.value)
            setSavedId("")
          }}
          {...props.described("street")}
        />
        {err("street")}
      </label>
      {props.signedIn && !savedId ? (
        <label className="radio">
          <input type="checkbox" name="save_address" value="1" defaultChecked={!saved.length} />
          {t.saveAddress}
        </label>
      ) : null}
    </fieldset>
  )
}
