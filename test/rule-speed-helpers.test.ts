/**
 * Helpers that made the rule stages faster and must give exactly what they
 * replace: the linear sort by offset (a stable comparator sort) and the quote
 * word reader (the word regex), the whitespace test (`/\s/`).
 */
import {describe, expect, it} from 'vitest'
import {sortByOffset} from '../pipeline/offset-sort.ts'
import {firstWords, wordPattern} from '../pipeline/quote-kinds.ts'
import {isWhitespaceCode} from '../pipeline/quote-marks.ts'

describe('sortByOffset', () => {
  it('orders by offset and keeps ties in their order (a stable sort)', () => {
    const items = [{at: 70, id: 'a'}, {at: 3, id: 'b'}, {at: 70, id: 'c'}, {at: 0, id: 'd'}, {at: 3, id: 'e'}, {at: 1000, id: 'f'}]
    expect(sortByOffset(items, (item) => item.at).map((item) => item.id)).toEqual(['d', 'b', 'e', 'a', 'c', 'f'])
  })

  it('gives what a stable comparator sort gives, with crowded blocks too', () => {
    // A fixed pseudo-random sequence: offsets crowded into few blocks (more than 16 items per block) and spread out.
    let seed = 7
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648)
    for (const spread of [40, 5000, 1_000_000]) {
      const items = Array.from({length: 3000}, (_, id) => ({at: next() % spread, id}))
      const expected = [...items].sort((a, b) => a.at - b.at)
      expect(sortByOffset(items, (item) => item.at)).toEqual(expected)
    }
  })

  it('items already in order come back as a copy in the same order', () => {
    const items = [{at: 1, id: 'a'}, {at: 1, id: 'b'}, {at: 5, id: 'c'}]
    const sorted = sortByOffset(items, (item) => item.at)
    expect(sorted).toEqual(items)
    expect(sorted).not.toBe(items)
  })

  it('an empty list', () => {
    expect(sortByOffset([], () => 0)).toEqual([])
  })
})

describe('firstWords (quote-kinds)', () => {
  const texts = [
    'We are not going to hand it over, 12',
    "rock-'n'-roll isn’t over - ok",
    '  --leading punctuation...and “marks”',
    'Ça va, señor? 東京 are 123abc',
    'math 𝐀𝐁𝐂 letters and 🙂 emoji',
    'lone \ud800 high and \udc00 low surrogates',
    '٣ digits ٤٥ and ½ fractions',
    '',
    "'quoted' -dash- ’curly’"
  ]
  for (const text of texts) {
    it(`reads ${JSON.stringify(text)} as the word pattern does`, () => {
      const all = text.match(wordPattern) ?? []
      expect(firstWords(text, 100)).toEqual(all)
      expect(firstWords(text, 3)).toEqual(all.slice(0, 3))
    })
  }
})

describe('isWhitespaceCode (quote-marks)', () => {
  it('agrees with /\\s/ on every UTF-16 code unit', () => {
    const differing: number[] = []
    for (let code = 0; code <= 0xffff; code++) if (isWhitespaceCode(code) !== /\s/.test(String.fromCharCode(code))) differing.push(code)
    expect(differing).toEqual([])
  })
})
