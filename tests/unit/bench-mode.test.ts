import { spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  BENCH_MARKER_SETTING,
  BENCH_MARKER_VALUE,
  benchModeRefusal,
  readBenchMarker,
} from "../../backend/src/config/bench-mode"
import { queryOne } from "../../scripts/lib/database"
import { freePort, RunningPostgres, startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres"

const MODULE = path.resolve(__dirname, "../../backend/src/config/bench-mode.ts")
const notAsked = () => {
  throw new Error("the database must not be asked")
}

/** Loads the guard as a backend process does, in a fresh Node with this environment. */
function loadGuard(env: Record<string, string>) {
  const child = spawnSync(process.execPath, ["--import", "tsx", "-e", `require(${JSON.stringify(MODULE)})`], {
    env: { PATH: process.env.PATH!, ...env },
    encoding: "utf8",
    timeout: 60_000,
  })
  return { status: child.status, stderr: child.stderr }
}

describe("OCOP_BENCH_WITHOUT_RULE under production: only on the bench's own database", () => {
  it("decides without the database when the switch is off or outside production", () => {
    expect(benchModeRefusal({ NODE_ENV: "production" }, notAsked)).toBeNull()
    expect(benchModeRefusal({ NODE_ENV: "production", OCOP_BENCH_WITHOUT_RULE: "0" }, notAsked)).toBeNull()
    expect(benchModeRefusal({ NODE_ENV: "development", OCOP_BENCH_WITHOUT_RULE: "1" }, notAsked)).toBeNull()
    expect(benchModeRefusal({ OCOP_BENCH_WITHOUT_RULE: "1" }, notAsked)).toBeNull()
  })

  it("refuses under production without the marker, with another value, without a database or when it cannot ask", () => {
    const on = { NODE_ENV: "production", OCOP_BENCH_WITHOUT_RULE: "1", DATABASE_URL: "postgres://db/ocop" }
    expect(benchModeRefusal(on, () => null)).toMatch(
      /refused when NODE_ENV=production unless the database is the bench/
    )
    expect(benchModeRefusal(on, () => "yes")).toMatch(/refused/)
    expect(benchModeRefusal(on, () => BENCH_MARKER_VALUE.toUpperCase())).toMatch(/refused/)
    expect(benchModeRefusal({ ...on, DATABASE_URL: undefined }, notAsked)).toMatch(/no DATABASE_URL/)
    expect(
      benchModeRefusal(on, () => {
        throw new Error("connection refused")
      })
    ).toMatch(/could not be checked.*connection refused/)
    expect(benchModeRefusal(on, () => BENCH_MARKER_VALUE)).toBeNull()
  })

  describe("on a real PostgreSQL", () => {
    let pg: RunningPostgres
    let dir: string
    let url: string
    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-bench-mode-"))
      fs.chmodSync(dir, 0o755) // the database user must enter it
      pg = await startEmbeddedPostgres({ dataDir: path.join(dir, "postgres"), port: await freePort() })
      await pg.createDatabase("ocop")
      url = pg.urlFor("ocop")
    }, 60_000)
    afterAll(async () => {
      await pg?.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    })

    it("a database without the marker is refused; the bench's marker lets the switch through, on that database only", async () => {
      const production = { NODE_ENV: "production", OCOP_BENCH_WITHOUT_RULE: "1" }
      expect(readBenchMarker(url)).toBeNull()
      let loaded = loadGuard({ ...production, DATABASE_URL: url })
      expect(loaded.status).not.toBe(0)
      expect(loaded.stderr).toContain("refused when NODE_ENV=production unless the database is the bench's own")

      // what bench/system.ts writes on its own database
      await queryOne(
        url,
        `DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET ${BENCH_MARKER_SETTING} = %L', current_database(), '${BENCH_MARKER_VALUE}'); END $$`
      )
      expect(readBenchMarker(url)).toBe(BENCH_MARKER_VALUE)
      loaded = loadGuard({ ...production, DATABASE_URL: url })
      expect(loaded.stderr).not.toContain("refused")
      expect(loaded.status).toBe(0)

      // another database on the same server has no marker
      await pg.createDatabase("shop")
      expect(loadGuard({ ...production, DATABASE_URL: pg.urlFor("shop") }).status).not.toBe(0)
    }, 60_000)

    it("a database that cannot be reached is refused, and the switch left off never asks", async () => {
      const closed = `postgres://postgres:postgres@localhost:${await freePort()}/ocop`
      expect(() => readBenchMarker(closed)).toThrow()
      const loaded = loadGuard({ NODE_ENV: "production", OCOP_BENCH_WITHOUT_RULE: "1", DATABASE_URL: closed })
      expect(loaded.status).not.toBe(0)
      expect(loaded.stderr).toContain("could not be checked")
      expect(loadGuard({ NODE_ENV: "production", DATABASE_URL: closed }).status).toBe(0)
    }, 60_000)
  })
})
