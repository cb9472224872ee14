/**
 * Turns the spans recognised in `file.data.article` into nodes of the mdast:
 * each paragraph's one text node becomes text interleaved with `annotation`
 * nodes (quotations outermost, then mentions and dates inside them), and a
 * social post paragraph becomes a `socialPost` node. Ranges that would cross
 * each other are dropped, never cut, so markup always nests. Paragraphs keep
 * their positions; the nodes inside them need none.
 */
import type {PhrasingContent, Paragraph as MdastParagraph, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import {placeOf} from './place.ts'
import type {AnnotationNode, ArticleData, Entity, RemarkPlugin, SocialPost, SocialPostNode, Span} from './types.ts'

/** A range to wrap, with what it becomes; lower `layer` wraps higher. */
interface Range extends Span {
  layer: number
  node: Omit<AnnotationNode, 'children' | 'position'>
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
      child.children = phrasing(file, text, paragraph, nest(own))
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
      ranges.push({
        ...piece,
        layer: 0,
        node: {type: 'annotation', kind: 'quotation', ref: quotation.id, speaker: quotation.speaker, continued: index > 0}
      })
    })
  }
  const entityById = new Map<string, Entity>(article.entities.map((entity) => [entity.id, entity]))
  for (const entity of entityById.values()) {
    for (const mention of entity.mentions) {
      ranges.push({start: mention.start, end: mention.end, layer: 1, node: {type: 'annotation', kind: 'mention', ref: entity.id, entityType: entity.type}})
    }
  }
  for (const date of article.dates) {
    ranges.push({start: date.start, end: date.end, layer: 1, node: {type: 'annotation', kind: 'date', ref: date.value}})
  }
  return ranges
    .filter((range) => range.end > range.start)
    .sort((a, b) => a.start - b.start || a.layer - b.layer || b.end - a.end)
}

interface Nested {
  range: Range
  children: Nested[]
}

/**
 * Builds the nesting. A range that starts inside an open one must end inside
 * it and belong to an inner layer; otherwise it crosses or repeats it and is
 * dropped (the text stays, unmarked).
 */
function nest(ranges: Range[]): Nested[] {
  const roots: Nested[] = []
  const stack: Nested[] = []
  for (const range of ranges) {
    while (stack.length > 0 && stack[stack.length - 1].range.end <= range.start) stack.pop()
    const parent = stack[stack.length - 1]
    if (parent && (range.end > parent.range.end || parent.range.layer >= range.layer)) continue
    const item: Nested = {range, children: []}
    ;(parent ? parent.children : roots).push(item)
    stack.push(item)
  }
  return roots
}

/** Text and annotation nodes for `span`, with `items` inside it. */
function phrasing(file: VFile, text: string, span: Span, items: Nested[]): PhrasingContent[] {
  const nodes: PhrasingContent[] = []
  let offset = span.start
  for (const item of items) {
    if (item.range.start > offset) nodes.push(textNode(text, offset, item.range.start))
    nodes.push({...item.range.node, children: phrasing(file, text, item.range, item.children)})
    offset = item.range.end
  }
  if (offset < span.end) nodes.push(textNode(text, offset, span.end))
  return nodes
}

// Inner nodes carry no position: nothing downstream reads one, and on an
// article with 100,000 quotes the point objects alone took hundreds of MB.
function textNode(text: string, start: number, end: number): PhrasingContent {
  return {type: 'text', value: text.slice(start, end)}
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
      {type: 'paragraph', children: phrasing(file, text, post.body, nest(inBody)), position: placeOf(file, post.body)},
      {type: 'paragraph', data: {hName: 'footer'}, children: phrasing(file, text, footerSpan, nest(inFooter)), position: placeOf(file, footerSpan)}
    ],
    position: paragraph.position
  }
}
