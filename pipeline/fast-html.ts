/**
 * The article's paragraphs as HTML, written directly for the few shapes
 * `annotate-html` makes (`<p>`, `<a>`, `<q>`, `<time>`, `<span>` with the
 * attributes it sets, and text), byte for byte what hast-util-to-html writes
 * with rehype-stringify's default settings. Any other node gives `undefined`
 * and goes through the library: this is a fast path, not a second serializer.
 *
 * Why: hast-util-to-html looks every attribute up in property-information
 * and builds an options object per text and attribute; on a 10 MB article
 * (32,000 paragraphs, 300,000 elements) that was 1.7 s of the build, and this
 * takes a fifth of it. The escaping is the library's: in text `<` and `&`,
 * in a double-quoted attribute value NUL, `"`, `&`, `'` and backtick, each
 * as an upper-case hexadecimal reference (`&#x3C;`). `test/fast-html.test.ts`
 * holds both to the same bytes on hostile text.
 */
import type {Element, ElementContent} from 'hast'

/** The hast property names `annotate-html` sets, and the attribute each is written as. */
const attributeNames: ReadonlyMap<string, string> = new Map([
  ['id', 'id'],
  ['className', 'class'],
  ['href', 'href'],
  ['cite', 'cite'],
  ['style', 'style'],
  ['dateTime', 'datetime'],
  ['dataEntity', 'data-entity'],
  ['dataSpeaker', 'data-speaker'],
  ['dataQuotation', 'data-quotation']
])

/** Elements written here: none is void, none has special content (no `<script>`, `<template>`, `<svg>`). */
const tagNames: ReadonlySet<string> = new Set(['p', 'a', 'q', 'time', 'span'])

const textSpecial = /[<&]/g
const attributeSpecial = /[\0"&'`]/g

/** A character as hast-util-to-html's default reference: `&#x3C;`. */
function reference(character: string): string {
  return '&#x' + character.charCodeAt(0).toString(16).toUpperCase() + ';'
}

/** `node` as HTML, or `undefined` when it is not one of the shapes handled here. */
export function fastHtml(node: ElementContent): string | undefined {
  const parts: string[] = []
  // One join per paragraph gives one flat string, as the library's own
  // `join` does: `+=` would leave a rope of a million small pieces on a
  // 10 MB article, held until the page is written.
  return writeNode(node, parts) ? parts.join('') : undefined
}

/** Appends `node`'s HTML to `parts`; false when it is not a shape handled here. */
function writeNode(node: ElementContent, parts: string[]): boolean {
  if (node.type === 'text') {
    parts.push(node.value.replace(textSpecial, reference))
    return true
  }
  if (node.type !== 'element' || !tagNames.has(node.tagName)) return false
  const attributes = attributesHtml(node)
  if (attributes === undefined) return false
  parts.push('<' + node.tagName + attributes + '>')
  for (const child of node.children) {
    if (!writeNode(child, parts)) return false
  }
  parts.push('</' + node.tagName + '>')
  return true
}

/** The attributes, each with a space before it, or `undefined` for a property not handled here. */
function attributesHtml(node: Element): string | undefined {
  let html = ''
  for (const key in node.properties) {
    const value = node.properties[key]
    if (value === null || value === undefined) continue
    const name = attributeNames.get(key)
    if (name === undefined) return undefined
    let text: string
    if (typeof value === 'string') text = value
    // A class list is space-separated (space-separated-tokens trims the
    // joined list); any other list, a number or a boolean is the library's.
    else if (key === 'className' && Array.isArray(value) && value.every((item) => typeof item === 'string')) text = value.join(' ').trim()
    else return undefined
    html += ' ' + name + '="' + text.replace(attributeSpecial, reference) + '"'
  }
  return html
}
