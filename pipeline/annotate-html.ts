/**
 * remark-rehype handlers: a paragraph's annotations (`data.annotated`, from
 * `mark-annotations`) become elements around its text — a quotation `<q>`
 * with the id its JSON-LD node has and a link to its speaker, a mention an
 * `<a>` to the entity's entry, a date `<time datetime>` — and a social post
 * a `<blockquote>` with its footer. Only attributes are built here; no text
 * of the article is ever parsed as HTML.
 */
import type {Element, ElementContent, Properties} from 'hast'
import type {Paragraph as MdastParagraph} from 'mdast'
import type {Handlers, State} from 'mdast-util-to-hast'
import type {AnnotatedText, Annotation, SocialPostNode} from './types.ts'

function paragraph(state: State, node: MdastParagraph): Element {
  const annotated = node.data?.annotated
  const result: Element = {
    type: 'element',
    tagName: 'p',
    properties: {},
    children: annotated ? annotatedChildren(state, node, annotated) : (state.all(node) as ElementContent[])
  }
  state.patch(node, result)
  return state.applyData(node, result)
}

/** The paragraph's text cut at its annotations, each text piece through remark-rehype's own text handler. */
function annotatedChildren(state: State, node: MdastParagraph, annotated: AnnotatedText): ElementContent[] {
  const first = node.children[0]
  const value = first && first.type === 'text' ? first.value : ''
  return pieces({state, node, value, base: annotated.start}, annotated.start, annotated.start + value.length, annotated.annotations)
}

/** The paragraph being converted: its text starts at offset `base`. */
interface Source {
  state: State
  node: MdastParagraph
  value: string
  base: number
}

/** Text and elements for `[start, end)` with `annotations` inside it. */
function pieces(source: Source, start: number, end: number, annotations: Annotation[]): ElementContent[] {
  // Most annotations hold one text: an array of exactly one (one pushed into
  // `[]` reserves 17 slots, 128 bytes more, on 200,000 mentions).
  if (annotations.length === 0) return start < end ? [textPiece(source, start, end)] : []
  const nodes: ElementContent[] = []
  let offset = start
  for (const annotation of annotations) {
    if (annotation.start > offset) nodes.push(textPiece(source, offset, annotation.start))
    nodes.push(element(annotation, pieces(source, annotation.start, annotation.end, annotation.children)))
    offset = annotation.end
  }
  if (offset < end) nodes.push(textPiece(source, offset, end))
  // A copy of exactly its length: an array grown by push keeps spare slots.
  return nodes.slice()
}

function textPiece(source: Source, start: number, end: number): ElementContent {
  return source.state.one({type: 'text', value: source.value.slice(start - source.base, end - source.base)}, source.node) as ElementContent
}

/**
 * The class list of every mention: one frozen array shared by all of them
 * (200,000 mentions on a 10 MB article each had an array of its own); the
 * serializer and the validator only read it.
 */
const mentionClass = Object.freeze(['mention']) as unknown as string[]

function element(annotation: Annotation, children: ElementContent[]): Element {
  let tagName = 'span'
  let properties: Properties = {}
  switch (annotation.kind) {
    case 'quotation': {
      tagName = 'q'
      // The article's own quote marks stay in the text, outside the element;
      // `quotes: none` stops the browser from adding a second pair.
      properties = annotation.continued ? {dataQuotation: annotation.ref} : {id: annotation.ref}
      properties.style = 'quotes: none'
      if (annotation.speaker) Object.assign(properties, {cite: '#' + annotation.speaker, dataSpeaker: annotation.speaker})
      break
    }
    case 'mention': {
      tagName = 'a'
      properties = {className: mentionClass, href: '#' + annotation.ref, dataEntity: annotation.entityType}
      break
    }
    case 'date': {
      tagName = 'time'
      properties = {dateTime: annotation.ref}
      break
    }
  }
  return {type: 'element', tagName, properties, children}
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
  paragraph,
  socialPost
} as unknown as Partial<Handlers>
