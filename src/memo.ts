/**
 * Values kept in a Map or WeakMap and made the first time they are asked for: the one way the
 * extractors and rules remember what they derive from the rule data (per rule data, then per key).
 */

/** What {@link kept} needs of a Map or WeakMap. */
export interface KeyedStore<K, V> {
  get(key: K): V | undefined
  set(key: K, value: V): unknown
}

/**
 * The value of `key` in `store`, made with `make` and kept there when it has none. Stored values
 * are never `undefined` (an `undefined` made is made again on the next call).
 */
export function kept<K, V>(store: KeyedStore<K, V>, key: K, make: () => V): V {
  let value = store.get(key)
  if (value === undefined) store.set(key, (value = make()))
  return value
}
