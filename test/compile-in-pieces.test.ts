/**
 * compile-in-pieces: the marked elements' children are serialized apart from
 * the document and spliced in; the bytes are rehype-stringify's own.
 */
import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import rehypeStringify from 'rehype-stringify'
import type {Element, Root} from 'hast'
import compileInPieces from '../pipeline/compile-in-pieces.ts'

function page(headline: string): Root {
  const marked = {compileInPieces: true} as Element['data']
  return {
    type: 'root',
    children: [
      {type: 'doctype'},
      {type: 'element', tagName: 'html', properties: {lang: 'en'}, children: [
        {type: 'element', tagName: 'head', properties: {}, children: [
          {type: 'element', tagName: 'script', properties: {type: 'application/ld+json'}, data: marked, children: [{type: 'text', value: '{"a":"x & y"}'}]}
        ]},
        {type: 'element', tagName: 'body', properties: {}, children: [
          {type: 'element', tagName: 'h1', properties: {}, children: [{type: 'text', value: headline}]},
          {type: 'element', tagName: 'article', properties: {}, data: marked, children: [
            {type: 'element', tagName: 'p', properties: {}, children: [{type: 'text', value: 'AT&T <b>'}, {type: 'element', tagName: 'q', properties: {id: 'quote-1'}, children: [{type: 'text', value: 'Yes'}]}]},
            {type: 'text', value: '\n'},
            {type: 'element', tagName: 'br', properties: {}, children: []}
          ]}
        ]}
      ]}
    ]
  }
}

describe('compile-in-pieces', () => {
  const plain = unified().use(rehypeStringify)
  const pieces = unified().use(rehypeStringify).use(compileInPieces)

  it('writes the same bytes as rehype-stringify: text escaped in the article, raw in the script', () => {
    const html = pieces.stringify(page('Title'))
    expect(html).toBe('<!doctype html><html lang="en"><head><script type="application/ld+json">{"a":"x & y"}</script></head><body><h1>Title</h1><article><p>AT&#x26;T &#x3C;b><q id="quote-1">Yes</q></p>\n<br></article></body></html>')
    expect(html).toBe(plain.stringify(page('Title')))
  })

  it('a headline holding the marker: the plain way, the same bytes', () => {
    const headline = 'A \u0000compile-in-pieces\u0000 B'
    expect(pieces.stringify(page(headline))).toBe(plain.stringify(page(headline)))
  })
})
