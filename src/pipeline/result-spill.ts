/**
 * Where the packed results of a stage run in workers wait until the stage ends: a temporary file,
 * so they do not add to a run's memory while its workers (each a V8 heap of some 100 MB) are
 * alive. Once the workers have stopped, the results are read back in one piece. The file is
 * removed as soon as it is open (where the system allows; else when the spill ends), so a run that
 * dies leaves nothing behind. When no temporary file can be made, results are kept in memory.
 */
import {closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

/** Bytes gathered before one write to the file. */
const CHUNK = 1 << 20

/** Results written to a temporary file in the order added, and read back by {@link ResultSpill.finish}. */
export class ResultSpill {
  private file: {fd: number; dir: string} | undefined
  /** Added results not written yet (all of them when there is no file). */
  private pending: Uint8Array[] = []
  private pendingSize = 0
  private readonly lengths: number[] = []
  /** Bytes and results written to the file. */
  private written = 0
  private writtenCount = 0

  /** Opens the temporary file in `dir` (default: the system's temporary directory). */
  constructor(dir = tmpdir()) {
    try {
      const made = mkdtempSync(join(dir, 'factlint-results-'))
      const path = join(made, 'results')
      const fd = openSync(path, 'w+', 0o600)
      this.file = {fd, dir: made}
      try {
        rmSync(made, {recursive: true, force: true})
      } catch {
        // Removed when the spill ends instead (a system that cannot remove an open file).
      }
    } catch {
      this.file = undefined
    }
  }

  /** Whether results go to a file (false: kept in memory). */
  get onDisk(): boolean {
    return this.file !== undefined
  }

  /** Adds the bytes of one result. */
  add(bytes: Uint8Array): void {
    this.lengths.push(bytes.length)
    this.pending.push(bytes)
    this.pendingSize += bytes.length
    if (this.file && this.pendingSize >= CHUNK) this.flush(this.file.fd)
  }

  /** Ends the spill: the bytes of each result, in the order added (views of one buffer). */
  finish(): Uint8Array[] {
    const file = this.file
    if (!file) return this.pending
    try {
      this.flush(file.fd)
      return this.file ? this.readBack(file.fd) : this.pending
    } finally {
      this.dispose()
    }
  }

  /** Closes and removes the temporary file (after an error; {@link finish} does it too). */
  dispose(): void {
    const file = this.file
    if (!file) return
    this.file = undefined
    closeSync(file.fd)
    rmSync(file.dir, {recursive: true, force: true})
  }

  /** Writes the pending results; when the file cannot take them (a full disk), every result goes back to memory. */
  private flush(fd: number): void {
    if (!this.pendingSize) return
    const chunk = Buffer.concat(this.pending, this.pendingSize)
    try {
      for (let at = 0; at < chunk.length; ) at += writeSync(fd, chunk, at, chunk.length - at, this.written + at)
    } catch {
      this.pending = [...this.readBack(fd), ...this.pending]
      this.dispose()
      return
    }
    this.written += chunk.length
    this.writtenCount = this.lengths.length
    this.pending = []
    this.pendingSize = 0
  }

  /** The results written so far, read back in one buffer. */
  private readBack(fd: number): Uint8Array[] {
    const all = Buffer.allocUnsafe(this.written)
    for (let at = 0; at < all.length; ) {
      const read = readSync(fd, all, at, all.length - at, at)
      if (read === 0) throw new Error(`the temporary file of results ended after ${at} of ${all.length} bytes`)
      at += read
    }
    let start = 0
    return this.lengths.slice(0, this.writtenCount).map((length) => all.subarray(start, (start += length)))
  }
}
