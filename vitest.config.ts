import { defineConfig } from "vitest/config"

/**
 * One suite: unit tests (pure functions) and integration tests (a booted Medusa
 * backend on a throwaway embedded PostgreSQL started by tests/support/global-setup).
 * Medusa's test runner needs globals and forked workers. One file at a time: a
 * file already keeps this machine's 2 cores busy (its backend, PostgreSQL, the
 * storefront, Chromium). Two at a time gained nothing measurable: the load
 * doubled and each file took about twice as long (1 December, docs/benchmarks.md).
 */
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globals: true,
    pool: "forks",
    fileParallelism: false,
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/setup-file.ts"],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ["default"],
  },
})
