/**
 * OCOP_BENCH_WITHOUT_RULE=1 exists only so `npm run bench` can time Medusa
 * alone on the same data, in a second backend process: Medusa's own store
 * product and cart routes without the OCOP rule, the answer cache, the
 * checkout queue and the cart hooks. Refused in production, so it cannot open
 * the store to uncertified products.
 */
export const WITHOUT_MARKETPLACE = process.env.OCOP_BENCH_WITHOUT_RULE === "1"

if (WITHOUT_MARKETPLACE && process.env.NODE_ENV === "production") {
  throw new Error("OCOP_BENCH_WITHOUT_RULE is for benchmarks only and is refused when NODE_ENV=production")
}
if (WITHOUT_MARKETPLACE) {
  console.warn("[ocop] OCOP_BENCH_WITHOUT_RULE=1: Medusa's store routes without the marketplace (benchmark only)")
}
