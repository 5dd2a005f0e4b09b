import { MathBN } from "@medusajs/framework/utils"

/** A Medusa BigNumber (amounts, quantities) as a plain number; VND amounts are whole. */
export const toNumber = (v: unknown): number => (v == null ? 0 : MathBN.convert(v as any).toNumber())
