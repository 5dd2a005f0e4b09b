/**
 * One read shared by the requests that wait for it, but only by those that
 * arrived before it began: while a read is under way, requests that come
 * meanwhile wait for the single read that starts when it ends (a change
 * committed just before they came may have missed the one under way). So no
 * request gets an answer older than itself, and 32 requests at once cost
 * about two reads, not 32 (nor 32 of the pool's connections).
 */
export function freshReads<T>(read: () => Promise<T>): () => Promise<T> {
  let underWay: Promise<T> | null = null
  let next: Promise<T> | null = null
  const begin = () => {
    const p = read()
    underWay = p
    const done = () => {
      if (underWay === p) underWay = null
    }
    p.then(done, done)
    return p
  }
  return () => {
    if (!underWay) return begin()
    if (!next) {
      const settled = underWay.then(
        () => {},
        () => {}
      )
      next = settled.then(() => {
        next = null
        return begin()
      })
    }
    return next
  }
}
