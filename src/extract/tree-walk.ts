/**
 * A preorder walk of an mdast tree with the ancestors of each node. unist-util-visit-parents does
 * the same with a closure per node, tests and skip/exit signals; extractors need none of those,
 * and this walk runs over every node of every article, so it is a plain recursion over one stack.
 */
import type {Nodes, Parents} from 'mdast'

/**
 * Calls `visit` for every node below `root`, in document order, with its ancestors (`root` first,
 * the parent last). The ancestors are the walk's own stack, valid during the call only: a caller
 * that keeps them keeps a copy (`[...ancestors]`), so the walk copies nothing for the nodes no
 * caller keeps.
 */
export function walkTree(root: Parents, visit: (node: Nodes, ancestors: readonly Parents[]) => void): void {
  const ancestors: Parents[] = []
  const walkChildren = (parent: Parents): void => {
    ancestors.push(parent)
    for (const child of parent.children) {
      visit(child, ancestors)
      if ('children' in child) walkChildren(child)
    }
    ancestors.pop()
  }
  walkChildren(root)
}
