import { defineConfig } from "vitest/config"

/**
 * One suite: unit tests (pure functions) and integration tests (a booted Medusa
 * backend on a throwaway embedded PostgreSQL started by tests/support/global-setup).
 * Medusa's test runner needs globals and forked workers. Two files run at a time
 * (2 cores here): each has its own database, ports and processes, and the
 * storefront is built once under a lock.
 */
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globals: true,
    pool: "forks",
    maxWorkers: 2,
    minWorkers: 1,
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/setup-file.ts"],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    reporters: ["default"],
  },
})
