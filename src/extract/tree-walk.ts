/**
 * A preorder walk of an mdast tree with the ancestors of each node. unist-util-visit-parents does
 * the same with a closure per node, tests and skip/exit signals; extractors need none of those,
 * and this walk runs on every article, so it is a plain recursion.
 */
import type {Nodes, Parents} from 'mdast'

/**
 * Calls `visit` for every node below `root`, in document order, with its ancestors (`root` first,
 * the parent last). Each parent's children share one ancestors array, which is never changed, so
 * a caller may keep it.
 */
export function walkTree(root: Parents, visit: (node: Nodes, ancestors: readonly Parents[]) => void): void {
  walkChildren(root, [root], visit)
}

function walkChildren(parent: Parents, ancestors: readonly Parents[], visit: (node: Nodes, ancestors: readonly Parents[]) => void): void {
  for (const child of parent.children) {
    visit(child, ancestors)
    if ('children' in child) walkChildren(child, [...ancestors, child], visit)
  }
}
