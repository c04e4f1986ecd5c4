type Release = () => void

interface Waiter {
  exclusive: boolean
  grant: (release: Release) => void
}

/**
 * A FIFO shared/exclusive lock. Ordinary database operations share it (each is atomic on its own in
 * NeDB); an open transaction holds it exclusively, which makes transactions serialisable and makes
 * every other operation wait for them. FIFO: a waiting transaction is not starved by later operations.
 */
export class FifoLock {
  private readonly waiting: Waiter[] = []
  private sharedHolders = 0
  private exclusiveHeld = false

  acquire(exclusive: boolean): Promise<Release> {
    return new Promise((grant) => {
      this.waiting.push({ exclusive, grant })
      this.pump()
    })
  }

  private pump(): void {
    while (this.waiting.length && !this.exclusiveHeld) {
      const next = this.waiting[0]
      if (next.exclusive && this.sharedHolders > 0) return
      this.waiting.shift()
      if (next.exclusive) this.exclusiveHeld = true
      else this.sharedHolders++
      next.grant(this.releaser(next.exclusive))
    }
  }

  private releaser(exclusive: boolean): Release {
    let released = false
    return () => {
      if (released) return
      released = true
      if (exclusive) this.exclusiveHeld = false
      else this.sharedHolders--
      this.pump()
    }
  }
}
