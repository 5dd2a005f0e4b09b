import { defineConfig } from "vitest/config"

/**
 * One suite: unit tests (pure functions) and integration tests (a booted Medusa
 * backend on a throwaway embedded PostgreSQL started by tests/support/global-setup).
 * Medusa's test runner needs globals, forked workers and one file at a time.
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
