/**
 * remark-rehype handlers for the custom mdast nodes: a quotation becomes `<q>`
 * with the id its JSON-LD node has and a link to its speaker, a mention an
 * `<a>` to the entity's entry, a date `<time datetime>`, a social post a
 * `<blockquote>` with its footer. Only attributes are built here; no text of
 * the article is ever parsed as HTML.
 */
import type {Element, ElementContent, Properties} from 'hast'
import type {Handlers, State} from 'mdast-util-to-hast'
import type {AnnotationNode, SocialPostNode} from './types.ts'

function annotation(state: State, node: AnnotationNode): Element {
  let tagName = 'span'
  let properties: Properties = {}
  switch (node.kind) {
    case 'quotation': {
      tagName = 'q'
      // The article's own quote marks stay in the text, outside the element;
      // `quotes: none` stops the browser from adding a second pair.
      properties = node.continued ? {dataQuotation: node.ref} : {id: node.ref}
      properties.style = 'quotes: none'
      if (node.speaker) Object.assign(properties, {cite: '#' + node.speaker, dataSpeaker: node.speaker})
      break
    }
    case 'mention': {
      tagName = 'a'
      properties = {className: ['mention'], href: '#' + node.ref, dataEntity: node.entityType}
      break
    }
    case 'date': {
      tagName = 'time'
      properties = {dateTime: node.ref}
      break
    }
  }
  const element: Element = {type: 'element', tagName, properties, children: state.all(node) as ElementContent[]}
  state.patch(node, element)
  return element
}

function socialPost(state: State, node: SocialPostNode): Element {
  const element: Element = {
    type: 'element',
    tagName: 'blockquote',
    properties: {id: node.ref, className: ['social-post']},
    children: state.wrap(state.all(node), true)
  }
  state.patch(node, element)
  return element
}

/** The handlers, keyed by node type, for remark-rehype's `handlers` option. */
export const annotationHandlers = {
  annotation,
  socialPost
} as unknown as Partial<Handlers>
