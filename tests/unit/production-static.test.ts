import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { linkStaticIntoBuild } from "../../scripts/lib/production"

/** `medusa start` runs in the build and serves /static from there: it must be the backend's own images and uploads. */
describe("the production build's static folder", () => {
  const setup = () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-static-"))
    const build = path.join(root, "backend", ".medusa", "server")
    const own = path.join(root, "backend", "static")
    fs.mkdirSync(build, { recursive: true })
    fs.mkdirSync(own, { recursive: true })
    fs.writeFileSync(path.join(own, "keo-dua.jpg"), "seeded image")
    return { root, build, own }
  }

  it("serves the backend's images from a fresh build, and an upload through the build lands in the backend's folder", () => {
    const { root, build, own } = setup()
    linkStaticIntoBuild(build, own)
    expect(fs.readFileSync(path.join(build, "static", "keo-dua.jpg"), "utf8")).toBe("seeded image")
    fs.writeFileSync(path.join(build, "static", "upload.png"), "uploaded")
    expect(fs.readFileSync(path.join(own, "upload.png"), "utf8")).toBe("uploaded")
    linkStaticIntoBuild(build, own) // again, as each start does: unchanged
    expect(fs.readdirSync(path.join(build, "static")).sort()).toEqual(["keo-dua.jpg", "upload.png"])
    // a rebuild wipes the build: the backend's own files stay
    fs.rmSync(build, { recursive: true })
    expect(fs.readdirSync(own).sort()).toEqual(["keo-dua.jpg", "upload.png"])
    fs.rmSync(root, { recursive: true, force: true })
  })

  it("keeps what an older build stored in its own static folder, without overwriting the backend's files", () => {
    const { root, build, own } = setup()
    fs.mkdirSync(path.join(build, "static"))
    fs.writeFileSync(path.join(build, "static", "old-upload.png"), "kept")
    fs.writeFileSync(path.join(build, "static", "keo-dua.jpg"), "stale copy")
    linkStaticIntoBuild(build, own)
    expect(fs.lstatSync(path.join(build, "static")).isSymbolicLink()).toBe(true)
    expect(fs.readFileSync(path.join(own, "old-upload.png"), "utf8")).toBe("kept")
    expect(fs.readFileSync(path.join(own, "keo-dua.jpg"), "utf8")).toBe("seeded image")
    fs.rmSync(root, { recursive: true, force: true })
  })
})
