import { foldVietnamese } from "./text"

/** One of the 63 provincial units before the 2025 merger. */
export type ProvinceUnit = {
  code: string
  name: string
  aliases?: string[] | null
  current_code: string
  region: string
}

export type ProvinceRef = { code: string; name: string }

/** Former (certificate-time) and current (post-merger) province of a product. */
export type ProvinceProvenance = {
  former: ProvinceRef
  current: ProvinceRef
  /** true when the former unit was merged into another one in 2025 */
  renamed: boolean
  /** e.g. "Vĩnh Long (Bến Tre)" or just "Hà Nội" */
  label: string
}

/** Pure lookups over the reference table (no database access). */
export class ProvinceDirectory {
  private byCode = new Map<string, ProvinceUnit>()
  private byFoldedName = new Map<string, ProvinceUnit>()

  constructor(units: ProvinceUnit[]) {
    for (const unit of units) {
      this.byCode.set(unit.code, unit)
      for (const name of [unit.name, unit.code, ...(unit.aliases ?? [])]) {
        this.byFoldedName.set(foldVietnamese(name), unit)
      }
    }
  }

  get size(): number {
    return this.byCode.size
  }

  unit(code: string): ProvinceUnit | undefined {
    return this.byCode.get(code)
  }

  /** Finds a unit by code, name or alias, with or without diacritics. */
  find(nameOrCode: string): ProvinceUnit | undefined {
    return this.byCode.get(nameOrCode) ?? this.byFoldedName.get(foldVietnamese(nameOrCode))
  }

  /** The 34 units that exist today. */
  currentUnits(): ProvinceUnit[] {
    return [...this.byCode.values()].filter((u) => u.code === u.current_code)
  }

  /** Former units that now form the given current unit (itself included). */
  formerUnitsOf(currentCode: string): ProvinceUnit[] {
    return [...this.byCode.values()].filter((u) => u.current_code === currentCode)
  }

  currentOf(formerCode: string): ProvinceUnit {
    const former = this.byCode.get(formerCode)
    if (!former) throw new Error(`Unknown province code: ${formerCode}`)
    const current = this.byCode.get(former.current_code)
    if (!current) throw new Error(`Province ${formerCode} maps to unknown unit ${former.current_code}`)
    return current
  }

  provenance(formerCode: string): ProvinceProvenance {
    const former = this.byCode.get(formerCode)
    if (!former) throw new Error(`Unknown province code: ${formerCode}`)
    const current = this.currentOf(formerCode)
    const renamed = former.code !== current.code
    return {
      former: { code: former.code, name: former.name },
      current: { code: current.code, name: current.name },
      renamed,
      label: renamed ? `${current.name} (${former.name})` : current.name,
    }
  }
}
