import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { assertPortFree, SetupError, startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres"

describe("start-up problems get a one-line error that says what to do", () => {
  it("reports a port in use with the variable that changes it", async () => {
    const server = net.createServer()
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()))
    const port = (server.address() as net.AddressInfo).port
    try {
      const err = await assertPortFree(port, "Medusa backend", "PORT").catch((e) => e)
      expect(err).toBeInstanceOf(SetupError)
      expect(err.message).toBe(
        `Port ${port} (Medusa backend) is already in use: stop the program using it, or set PORT to another port.`
      )
    } finally {
      server.close()
    }
  })

  it.runIf(os.userInfo().uid === 0)("reports a folder the database user cannot traverse", async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-private-"))
    fs.chmodSync(parent, 0o700)
    try {
      const err = await startEmbeddedPostgres({ dataDir: path.join(parent, "data"), port: 1 }).catch((e) => e)
      expect(err).toBeInstanceOf(SetupError)
      expect(err.message).toContain(`chmod o+x ${parent}`)
      expect(err.message.split("\n")).toHaveLength(1)
    } finally {
      fs.rmSync(parent, { recursive: true, force: true })
    }
  })

  it("reports a data folder that cannot be created", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ocop-file-")), "not-a-folder")
    fs.writeFileSync(file, "x")
    const err = await startEmbeddedPostgres({ dataDir: path.join(file, "data"), port: 1 }).catch((e) => e)
    expect(err).toBeInstanceOf(SetupError)
    expect(err.message).toMatch(/not writable: .*OCOP_DATA_DIR/)
  })
})
