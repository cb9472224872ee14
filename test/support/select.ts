/** Finds elements in a hast tree by a predicate (tests only). */
import type {Element, Root} from 'hast'
import {visit} from 'unist-util-visit'

export function selectAll(tree: Root | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = []
  visit(tree, 'element', (node: Element) => {
    if (test(node)) found.push(node)
  })
  return found
}
