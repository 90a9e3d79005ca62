/**
 * One copy of each string in results that arrive as copies. A result crosses from a worker by
 * structured clone, so every article brings its own copies of the same carrier ids, block types,
 * rule messages and registry numbers; sharing them cuts the heap that a big run's results take in
 * the main thread by about a third. (JSON.parse needs no table: V8 shares the strings it reads.)
 */
export class StringTable {
  private readonly strings = new Map<string, string>()

  /**
   * Replaces, in place, every string in `value` (plain data: objects, arrays, primitives) by the
   * table's copy of it, and returns `value`.
   */
  intern<T>(value: T): T {
    return this.visit(value) as T
  }

  private visit(value: unknown): unknown {
    if (typeof value === 'string') {
      const known = this.strings.get(value)
      if (known !== undefined) return known
      this.strings.set(value, value)
      return value
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = this.visit(value[i])
    } else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>
      for (const key in record) record[key] = this.visit(record[key])
    }
    return value
  }
}
