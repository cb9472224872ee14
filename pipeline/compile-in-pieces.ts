/**
 * rehype-stringify, fed in pieces: the document shell first, then each child
 * of the elements `wrap-document` marks as big (`data.compileInPieces`: the
 * article and the JSON-LD script), joined with `+`. Each piece is still
 * serialized by rehype-stringify's own compiler, so the bytes are the same;
 * what changes is memory. hast-util-to-html joins every element's content
 * into a new string, so a 10 MB article's body (60 million UTF-16 units)
 * was copied whole at each of the nine levels above it — about 900 MB of
 * strings in flight and the build's peak memory.
 *
 * The paragraphs themselves go through `fast-html.ts` first, which writes
 * the shapes `annotate-html` makes with the same bytes rehype-stringify's
 * default settings give; it is used only when no stringify settings are set
 * on the processor (`.data('settings')`), as in `index.ts`.
 */
import type {Element, ElementContent, Root, RootContent} from 'hast'
import type {VFile} from 'vfile'
import {fastHtml} from './fast-html.ts'

/** Stands for a marked element's content in the shell; the shell must hold it exactly once. */
const marker = '\u0000compile-in-pieces\u0000'

type Compile = (tree: Root, file: VFile) => string

/** Use after rehype-stringify: wraps the compiler it set. */
export default function compileInPieces(this: {compiler?: unknown; data: (key: 'settings') => unknown}): void {
  const compile = this.compiler as Compile
  const settings = this.data('settings')
  const defaultSettings = !settings || Object.keys(settings).length === 0
  this.compiler = (tree: Root, file: VFile): string => {
    const marked = markedElements(tree)
    if (marked.length === 0) return compile(tree, file)
    const contents = marked.map((element) => element.children)
    let shell: string
    try {
      for (const element of marked) element.children = [{type: 'text', value: marker}]
      shell = compile(tree, file)
    } finally {
      marked.forEach((element, index) => {
        element.children = contents[index]
      })
    }
    const cuts = shell.split(marker)
    // A marker in the article's own text (in the headline, say): the plain way.
    if (cuts.length !== marked.length + 1) return compile(tree, file)
    let html = cuts[0]
    marked.forEach((element, index) => {
      html += content(element, compile, file, defaultSettings) + cuts[index + 1]
    })
    return html
  }
}

/** The marked elements in document order (they are not nested in each other). */
function markedElements(tree: Root): Element[] {
  const found: Element[] = []
  const walk = (nodes: Array<RootContent | ElementContent>) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue
      if (node.data?.compileInPieces) found.push(node)
      else walk(node.children)
    }
  }
  walk(tree.children)
  return found
}

/** An element's content as the compiler writes it inside the element. */
function content(element: Element, compile: Compile, file: VFile, defaultSettings: boolean): string {
  let html = ''
  for (const child of element.children) {
    // Inside `<script>` and `<style>` text is written as it is (not escaped).
    if ((element.tagName === 'script' || element.tagName === 'style') && child.type === 'text') html += child.value
    else html += (defaultSettings ? fastHtml(child) : undefined) ?? compile({type: 'root', children: [child]}, file)
  }
  return html
}
