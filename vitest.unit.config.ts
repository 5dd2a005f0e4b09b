import { defineConfig } from "vitest/config"

/**
 * The pure tests only (`npm run test:unit`): functions of the backend, storefront and
 * scripts, nothing booted. No global setup, so no embedded PostgreSQL and no ts-node;
 * vitest.config.ts stays the full suite that `npm test` runs.
 */
export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    pool: "threads",
    testTimeout: 10_000,
    reporters: ["default"],
  },
})
