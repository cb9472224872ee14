/**
 * Puts the spans recognised in `file.data.article` on the mdast: each
 * paragraph keeps one text node and gets its annotations, nested, as
 * `data.annotated` (quotations outermost, then mentions and dates inside
 * them); a social post paragraph becomes a `socialPost` node of two such
 * paragraphs. Ranges that would cross each other are dropped, never cut, so
 * markup always nests. Paragraphs keep their positions.
 */
import type {Paragraph as MdastParagraph, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import {placeOf} from './place.ts'
import type {Annotation, ArticleData, Entity, RemarkPlugin, SocialPost, SocialPostNode, Span} from './types.ts'

/** A range to wrap, with what it becomes; lower `layer` wraps higher. */
interface Range extends Span {
  layer: number
  /** Built with every field, in one order, so that all annotations share one shape. */
  annotation: Annotation
}

function range(layer: number, start: number, end: number, kind: Annotation['kind'], ref: string, speaker?: string, continued?: boolean, entityType?: Entity['type']): Range {
  return {start, end, layer, annotation: {kind, ref, speaker, continued, entityType, start, end, children: []}}
}

const markAnnotations: RemarkPlugin = function () {
  return function (tree, file) {
    const article = file.data.article!
    const text = String(file.value)
    const ranges = collectRanges(article)
    const postsByParagraph = new Map(article.socialPosts.map((post) => [post.paragraph, post]))
    let cursor = 0
    tree.children = tree.children.map((child, index): RootContent => {
      if (child.type !== 'paragraph') return child
      const paragraph = article.paragraphs[index]
      const own: Range[] = []
      while (cursor < ranges.length && ranges[cursor].start < paragraph.end) {
        if (ranges[cursor].start >= paragraph.start && ranges[cursor].end <= paragraph.end) own.push(ranges[cursor])
        cursor++
      }
      const post = postsByParagraph.get(index)
      if (post) return socialPostNode(file, text, post, own, child)
      annotate(child, text, paragraph, nest(own))
      return child
    })
  }
}

export default markAnnotations

/** Every range of the article, sorted by start, outer before inner. */
function collectRanges(article: ArticleData): Range[] {
  const ranges: Range[] = []
  for (const quotation of article.quotations) {
    quotation.pieces.forEach((piece, index) => {
      if (piece.end <= piece.start) return
      ranges.push(range(0, piece.start, piece.end, 'quotation', quotation.id, quotation.speaker, index > 0))
    })
  }
  const entityById = new Map<string, Entity>(article.entities.map((entity) => [entity.id, entity]))
  for (const entity of entityById.values()) {
    for (const mention of entity.mentions) {
      ranges.push(range(1, mention.start, mention.end, 'mention', entity.id, undefined, undefined, entity.type))
    }
  }
  for (const date of article.dates) {
    ranges.push(range(1, date.start, date.end, 'date', date.value))
  }
  return ranges
    .filter((range) => range.end > range.start)
    .sort((a, b) => a.start - b.start || a.layer - b.layer || b.end - a.end)
}

/**
 * Builds the nesting. A range that starts inside an open one must end inside
 * it and belong to an inner layer; otherwise it crosses or repeats it and is
 * dropped (the text stays, unmarked).
 */
function nest(ranges: Range[]): Annotation[] {
  const roots: Annotation[] = []
  const stack: Range[] = []
  for (const range of ranges) {
    while (stack.length > 0 && stack[stack.length - 1].end <= range.start) stack.pop()
    const parent = stack[stack.length - 1]
    if (parent && (range.end > parent.end || parent.layer >= range.layer)) continue
    ;(parent ? parent.annotation.children : roots).push(range.annotation)
    stack.push(range)
  }
  return roots
}

/** Gives `paragraph` the text of `span` as its one text node (none when empty), and the annotations inside it. */
function annotate(paragraph: MdastParagraph, text: string, span: Span, annotations: Annotation[]): MdastParagraph {
  // Inner nodes carry no position: nothing downstream reads one.
  paragraph.children = span.end > span.start ? [{type: 'text', value: text.slice(span.start, span.end)}] : []
  paragraph.data = {...paragraph.data, annotated: {start: span.start, annotations}}
  return paragraph
}

/** The post's body, then a footer with the rest of the line (author, handle, date). */
function socialPostNode(file: VFile, text: string, post: SocialPost, ranges: Range[], paragraph: MdastParagraph): SocialPostNode {
  const inBody = ranges.filter((range) => range.end <= post.body.end)
  const footer = {start: post.body.end, end: paragraph.position!.end.offset!}
  const inFooter = ranges.filter((range) => range.start >= footer.start)
  const leading = text.slice(footer.start, footer.end).search(/\S/)
  const footerSpan = {start: footer.start + Math.max(leading, 0), end: footer.end}
  return {
    type: 'socialPost',
    ref: post.id,
    children: [
      annotate({type: 'paragraph', children: [], position: placeOf(file, post.body)}, text, post.body, nest(inBody)),
      annotate({type: 'paragraph', data: {hName: 'footer'}, children: [], position: placeOf(file, footerSpan)}, text, footerSpan, nest(inFooter))
    ],
    position: paragraph.position
  }
}
