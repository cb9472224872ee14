/**
 * The segmenter (pipeline/segment-sentences.ts, on flat arrays) against the
 * parse-english one it replaced (test/support/reference-segmenter.ts): on
 * texts generated from a fixed seed out of the pieces that steer
 * parse-english's plugins, both must give the same sentences and the same
 * words, offsets, texts and flags.
 */
import {describe, expect, it} from 'vitest'
import segmentSentences from '../pipeline/segment-sentences.ts'
import referenceSegmentSentences from './support/reference-segmenter.ts'
import {blankLineParagraphs, segmentWith} from './support/segment-both.ts'

/** mulberry32: a small deterministic generator. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

const words = ['the', 'Senate', 'said', 'it', 'would', 'vote', 'Clinton', 'Trump', 'and', 'a', 'I', 'x', 'w', 'W', 'o', 'ol', 'n', 'N', 'em', 'tis', 'twas', 'cause', 'er', 'im', '90', '90s', 'rock', 'roll', 'e', 'g', 'i', 'etc', 'al', 'cf', 'viz', 'ca', 'NET', 'ab', 'abc', 'co', 'café', 'Émile', 'élan', 'straße', 'über', 'Ωmega', 'ωmega', 'naïve', 'x̃', 'ǅ', 'ß', 'µ', '٣', '12', '3', '1984', '007', '²', '½', 'mid', 'year']
const abbreviations = ['Gov', 'St', 'Jan', 'Feb', 'Sept', 'Mr', 'Mrs', 'Ms', 'Dr', 'Sen', 'Rep', 'Inc', 'Ltd', 'Co', 'Corp', 'Ave', 'Mt', 'Calif', 'Wash', 'Tex', 'Jr', 'Sr', 'No', 'Pa', 'Ill', 'Wis', 'Gen', 'Lt', 'Col', 'Capt', 'U.S', 'U.N', 'D.C', 'J. R. R', 'A.B', '1.2', 'a.m', 'p.m', 'e.g', 'i.e', 'inc', 'jan', 'thurs', 'mon', 'no', 'vs']
const marks = ['.', '.', '.', ',', ',', ';', ':', '?', '!', '?!', '!!', '...', '…', '‽', '.”', '."', '.)', '?’', '!»', ')', '(', '[', ']', '{', '}', '"', '“', '”', "'", '’', '‘', "''", '-', '--', '—', '–', '‐', '/', '//', '&', '&&', '@', '#', '$', '%', '*', '+', '=', '_', '__', '·', '‧', '\u00ad', '<', '>', '<b>', '</p>', '|', '\\', '~', '`', '^', '$1,000', '3.5', '1,000.50', '$', '€', '°', '©', '™', '😀', '👍🏽', '𝐀', '𝟙', '\ud83d', '\ude00', '\ud800x', '\u0301']
const spaces = [' ', ' ', ' ', ' ', '  ', '\t', '\n', ' \n ', '\n\n', '\r\n', '\r\n\r\n', '\r', '\r\r', '\u00a0', '\u2028', '\u3000', ' \t\n\t ', '']
const phrases = ["Clinton's", 'Clinton’s', "rock 'n' roll", 'rock ’n’ roll', "o' the", "'tis", "'em", "'90s", '’90s', 'w/ them', 'w/o', 'and/or', 'A/C', 'he/she', 'e-mail', 'mid-', 'self-', '-year', 'snake_case', 'AT&T', '&more', 'x & y', 'https://example.com/a/b?c=d&e=f.', 'www.example.com.', 'user@example.com', '.NET', '...and', 'J. R. R. Tolkien', 'U.S.', 'U.S.A.', 'No. 1', '3. 4.', '1984. 1985', 'v. 2', 'p. 4', 'Jan. 5', 'Gov. Brown', 'St. Louis', 'Mr. and Mrs. Smith', 'Ph.D.', 'a.m.', '4 p.m. Tuesday', 'e.g. this', 'i.e., that']

function pick<T>(next: () => number, values: readonly T[]): T {
  return values[Math.floor(next() * values.length)]
}

/** A text of `count` pieces: words, abbreviations with their full stop, marks, phrases, joined by spaces of every kind. */
function generate(next: () => number, count: number): string {
  let text = ''
  for (let index = 0; index < count; index++) {
    const roll = next()
    let piece: string
    if (roll < 0.4) piece = pick(next, words)
    else if (roll < 0.5) piece = pick(next, abbreviations) + (next() < 0.8 ? '.' : '')
    else if (roll < 0.75) piece = pick(next, marks)
    else if (roll < 0.85) piece = pick(next, phrases)
    else piece = pick(next, words) + pick(next, marks) + pick(next, words)
    if (next() < 0.1) piece = piece.charAt(0).toUpperCase() + piece.slice(1)
    text += piece + (next() < 0.75 ? pick(next, spaces) : '')
  }
  return text
}

function expectSame(text: string, paragraphs: Array<{start: number; end: number}>): void {
  const expected = segmentWith(referenceSegmentSentences, text, paragraphs)
  const actual = segmentWith(segmentSentences, text, paragraphs)
  expect(actual.sentences).toEqual(expected.sentences)
  expect(actual.words).toEqual(expected.words)
}

describe('segment-sentences gives what parse-english gives', () => {
  it('on hand-written cases', () => {
    const cases = [
      'Gov. Jerry Brown said St. Louis was fine. Mr. and Mrs. Smith left on Jan. 5, 2017.',
      'J. R. R. Tolkien wrote it in 1984. 3.5 percent of $1,000 is $35.',
      '“Hello,” he said. ‘Yes.’ "No." (Really.) [Sure!] It’s Clinton’s; it isn’t.',
      "rock 'n' roll and rock ’n’ roll, o' the times, 'tis 'em in the '90s w/ them w/o and/or A/C.",
      'Wait... what?! Really‽ Yes… no. e.g. this, i.e. that. U.S. officials. U.S.A. too.',
      'see https://example.com/a/b?c=d&e=f. and www.example.com. or user@example.com.',
      'lower start. another one. 12 items. .NET is here.',
      'Line one\nline two\n\nnew block\r\n\r\nthird\ttabbed',
      '😀 emoji 👍🏽 text 𝐀𝟙 \ud83d lone \ude00 surrogates.',
      '<p>markup</p> &amp; **bold** _em_ # heading | table |',
      '',
      ' ',
      '.',
      '... ... Hello.',
      ') Closing first. ) and again.',
      ', comma first; then; more.',
      'It ends with the Gov.',
      'Made in the U.S.',
      'He left etc.',
      'A list:\n\n- one\n- two\r\rthree'
    ]
    for (const text of cases) expectSame(text, text ? [{start: 0, end: text.length}] : [])
  })

  it('on 400 generated texts (fixed seed)', () => {
    const next = random(20261126)
    for (let round = 0; round < 400; round++) {
      const text = generate(next, 5 + Math.floor(next() * 120))
      expectSame(text, round % 2 === 0 ? [{start: 0, end: text.length}] : blankLineParagraphs(text))
    }
  })

  it('on paragraphs longer than one piece (cut by `chunks`)', () => {
    const next = random(7)
    for (let round = 0; round < 2; round++) {
      const text = generate(next, 12_000)
      expectSame(text, [{start: 0, end: text.length}])
    }
    const noSpace = 'abc.'.repeat(12_000)
    expectSame(noSpace, [{start: 0, end: noSpace.length}])
  })
})
