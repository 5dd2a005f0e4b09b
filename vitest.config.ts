import { defineConfig } from "vitest/config"

/**
 * One suite, two projects. The unit tests (pure functions, tests/unit) run in
 * threads with nothing booted: no global setup, no ts-node (about 15 s for all
 * of them, against 40 s when each file paid the integration setup).
 * The integration tests (a booted Medusa backend on a throwaway embedded
 * PostgreSQL started by tests/support/global-setup) need globals and forked
 * workers, one file at a time: a file already keeps this machine's 2 cores busy
 * (its backend, PostgreSQL, the storefront, Chromium). Two at a time gained
 * nothing measurable: the load doubled and each file took about twice as long
 * (1 December, docs/benchmarks.md).
 */
export default defineConfig({
  test: {
    reporters: ["default"],
    // a root option in Vitest 3 (not one a project may set): one file at a time, unit files included
    fileParallelism: false,
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          pool: "threads",
          testTimeout: 10_000,
        },
      },
      {
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globals: true,
          pool: "forks",
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/setup-file.ts"],
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
})
