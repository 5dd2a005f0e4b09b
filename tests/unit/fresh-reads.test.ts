import { describe, expect, it } from "vitest"
import { freshReads } from "../../backend/src/api/utils/fresh-reads"

/** A source whose reads the test finishes by hand: each read returns the value at the instant it began. */
function source() {
  let value = 0
  const pending: (() => void)[] = []
  let reads = 0
  const read = () => {
    reads++
    const seen = value
    return new Promise<number>((resolve) => pending.push(() => resolve(seen)))
  }
  const finishOne = async () => {
    pending.shift()!()
    await new Promise((r) => setTimeout(r, 0))
  }
  return { read, finishOne, set: (v: number) => (value = v), reads: () => reads }
}

describe("reads shared only by requests that came before they began", () => {
  it("a request that comes while a read is under way gets the next read, which sees a change made meanwhile", async () => {
    const s = source()
    const now = freshReads(s.read)
    const first = now()
    s.set(1) // committed after the first read began, before the second request
    const second = now()
    await s.finishOne()
    expect(await first).toBe(0)
    await s.finishOne()
    expect(await second).toBe(1)
  })

  it("32 requests at once cost two reads, and every one sees what was there when it came", async () => {
    const s = source()
    const now = freshReads(s.read)
    const answers = [now()]
    s.set(7)
    for (let i = 0; i < 31; i++) answers.push(now())
    await s.finishOne()
    await s.finishOne()
    expect(s.reads()).toBe(2)
    expect(await Promise.all(answers)).toEqual([0, ...Array(31).fill(7)])
  })

  it("a failed read fails its own requests only; the next ones read again", async () => {
    let fail = true
    const now = freshReads(async () => {
      if (fail) throw new Error("database down")
      return "ok"
    })
    await expect(now()).rejects.toThrow("database down")
    fail = false
    expect(await now()).toBe("ok")
  })
})
