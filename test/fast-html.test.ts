/**
 * fast-html: the paragraph shapes `annotate-html` makes, written with the
 * bytes hast-util-to-html writes (rehype-stringify's default settings), on
 * hostile text; anything else is left to the library (`undefined`).
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {ElementContent, Properties} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {fastHtml} from '../pipeline/fast-html.ts'

function library(node: ElementContent): string {
  return toHtml({type: 'root', children: [node]})
}

/** Text made of the characters HTML serializers treat specially, and ordinary ones. */
const hostileText = fc.array(fc.constantFrom(
  '<', '>', '&', '"', "'", '`', '\0', '=', '/', ' ', '\t', '\n', '\r', '\u00a0', '\u2028', '\u202e', '\u200b',
  '😀', '\ud83d', '\ude00', 'é', 'AT&amp;T', '&#x3C;script&#x3E;', '</script>', '<!--', 'javascript:', 'x', 'Said'
), {maxLength: 24}).map((parts) => parts.join(''))

const properties: fc.Arbitrary<Properties> = fc.record({
  id: hostileText,
  className: fc.array(hostileText, {maxLength: 3}),
  href: hostileText,
  cite: hostileText,
  style: hostileText,
  dateTime: hostileText,
  dataEntity: hostileText,
  dataSpeaker: hostileText,
  dataQuotation: hostileText
}, {requiredKeys: []})

const handled: fc.Arbitrary<ElementContent> = fc.letrec<{node: ElementContent}>((tie) => ({
  node: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    hostileText.map((value): ElementContent => ({type: 'text', value})),
    fc.record({
      tagName: fc.constantFrom('p', 'a', 'q', 'time', 'span'),
      properties,
      children: fc.array(tie('node'), {maxLength: 4})
    }).map(({tagName, properties, children}): ElementContent => ({type: 'element', tagName, properties, children}))
  )
})).node

describe('fast-html', () => {
  it('writes an annotated paragraph as the library does', () => {
    const paragraph: ElementContent = {type: 'element', tagName: 'p', properties: {}, children: [
      {type: 'text', value: 'AT&T <b> “'},
      {type: 'element', tagName: 'q', properties: {id: 'quote-1', style: 'quotes: none', cite: '#person-x', dataSpeaker: 'person-x'}, children: [{type: 'text', value: 'Yes'}]},
      {type: 'text', value: '” '},
      {type: 'element', tagName: 'a', properties: {className: ['mention'], href: '#person-x', dataEntity: 'Person'}, children: [{type: 'text', value: 'X'}]},
      {type: 'element', tagName: 'time', properties: {dateTime: '2017-06-28'}, children: [{type: 'text', value: 'Wednesday'}]}
    ]}
    const html = '<p>AT&#x26;T &#x3C;b> “<q id="quote-1" style="quotes: none" cite="#person-x" data-speaker="person-x">Yes</q>” ' +
      '<a class="mention" href="#person-x" data-entity="Person">X</a><time datetime="2017-06-28">Wednesday</time></p>'
    expect(fastHtml(paragraph)).toBe(html)
    expect(library(paragraph)).toBe(html)
  })

  it('escapes attribute values as the library does', () => {
    const link: ElementContent = {type: 'element', tagName: 'a', properties: {href: '#a"b&c\'d`e\0f<g>', className: [' x ', 'y ']}, children: []}
    expect(fastHtml(link)).toBe('<a href="#a&#x22;b&#x26;c&#x27;d&#x60;e&#x0;f<g>" class="x  y"></a>')
    expect(fastHtml(link)).toBe(library(link))
  })

  it('leaves other shapes to the library', () => {
    expect(fastHtml({type: 'element', tagName: 'script', properties: {}, children: [{type: 'text', value: 'x'}]})).toBeUndefined()
    expect(fastHtml({type: 'element', tagName: 'br', properties: {}, children: []})).toBeUndefined()
    expect(fastHtml({type: 'element', tagName: 'a', properties: {onClick: 'x'}, children: []})).toBeUndefined()
    expect(fastHtml({type: 'element', tagName: 'span', properties: {id: 3} as unknown as Properties, children: []})).toBeUndefined()
    expect(fastHtml({type: 'element', tagName: 'p', properties: {}, children: [{type: 'comment', value: 'x'}]})).toBeUndefined()
    expect(fastHtml({type: 'element', tagName: 'p', properties: {}, children: [{type: 'element', tagName: 'img', properties: {}, children: []}]})).toBeUndefined()
  })

  it('gives the library bytes on any tree of the handled shapes (property)', () => {
    fc.assert(fc.property(handled, (node) => {
      expect(fastHtml(node)).toBe(library(node))
    }), {numRuns: 400, seed: 20261126})
  })
})
