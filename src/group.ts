/**
 * Grouping values by key in a Map of lists, the one way the rules and reports do it.
 */

/** Appends `values` to the list of `key` in `groups`, starting the list when the key is new. */
export function addToGroup<K, V>(groups: Map<K, V[]>, key: K, ...values: V[]): void {
  const group = groups.get(key)
  if (group) group.push(...values)
  else groups.set(key, values)
}
