/**
 * The article's words (`pipeline/words.ts`): built once by segment-sentences,
 * with the flags the rule stages read, and dropped before the HTML is built.
 */
import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {Root} from 'mdast'
import parseWireText from '../pipeline/parse-wire-text.ts'
import segmentSentences from '../pipeline/segment-sentences.ts'
import {buildArticle, createProcessor} from '../pipeline/index.ts'
import {releaseWords} from '../pipeline/words.ts'

const text = "date 2017-06-30\nA title\n\nClinton's aide, Jane Doe, spoke.\nThe Senate In Washington Votes Today\n"

function segment(value: string): VFile {
  const processor = unified().use(parseWireText).use(segmentSentences)
  const file = new VFile({value, path: 'words.txt'})
  processor.runSync(processor.parse(file) as never, file)
  return file
}

describe('words', () => {
  it('one word per non-whitespace token, each knowing its sentence and what stands before it', () => {
    const file = segment(text)
    expect(file.data.article!.sentences).toEqual([
      {start: 25, end: 57, paragraph: 0},
      {start: 58, end: 94, paragraph: 0}
    ])
    const [first, second] = file.data.sentenceWords!
    // value, kind, joined (only spaces since the previous token), spaceBefore, sentenceStart
    expect(first.map((w) => [w.value, w.kind, w.joined, w.spaceBefore, w.sentenceStart])).toEqual([
      ["Clinton's", 'word', false, true, true],
      ['aide', 'word', true, true, false],
      [',', 'punctuation', false, false, false],
      ['Jane', 'word', true, true, false],
      ['Doe', 'word', true, true, false],
      [',', 'punctuation', false, false, false],
      ['spoke', 'word', true, true, false],
      ['.', 'punctuation', false, false, false]
    ])
    expect(first.map((w) => [w.start, w.end])[0]).toEqual([25, 34])
    expect([first[0].lower, first[0].bare, first[0].capitalized, first[1].capitalized]).toEqual(["clinton's", 'Clinton', true, false])
    expect(first.every((w) => w.sentence === 0 && !w.titleCase && !w.apostrophe)).toBe(true)
    // After a line break: a new sentence, not joined; a Title Case line says so on every word.
    expect(second.map((w) => [w.value, w.sentence, w.joined, w.titleCase])).toEqual([
      ['The', 1, false, true],
      ['Senate', 1, true, true],
      ['In', 1, true, true],
      ['Washington', 1, true, true],
      ['Votes', 1, true, true],
      ['Today', 1, true, true]
    ])
  })

  it('each word is exactly the text between its offsets (the rule stages read a word\'s length as end - start)', () => {
    const value = 'date 2017-06-30\nA title\n\nU.S. Sen. J. R. Smith’s rock ’n’ roll 😀 cost $1,000.50 — “Yes…” AT&T\r\nw/ e.g. 3.5 ...\tGov. Lee\u200b!?\n'
    const file = segment(value)
    // Offsets are into the decoded text (CRLF read as one line break).
    const decoded = String(file.value)
    expect(decoded).toBe(value.replace('\r\n', '\n'))
    const words = file.data.sentenceWords!.flat()
    expect(words.length).toBeGreaterThan(20)
    expect(words.filter((word) => word.value !== decoded.slice(word.start, word.end) || word.value.length !== word.end - word.start)).toEqual([])
  })

  it('the words are gone once the article is built (they are scratch data of the rule stages)', () => {
    const file = buildArticle(createProcessor(), new VFile({value: text, path: 'words.txt'}))
    expect(file.data.article!.sentences.length).toBe(2)
    expect(file.data.sentenceWords).toBeUndefined()
    expect(file.data.paragraphWords).toBeUndefined()
    expect(file.data.speakerContext).toBeUndefined()
  })

  it('runs the garbage collector it was lent once the words are dropped, only from the size it was given', () => {
    const collections: string[] = []
    const collectGarbage = () => collections.push('collected')
    const run = (collectAbove: number) => {
      const processor = unified().use(parseWireText).use(segmentSentences).use(releaseWords, {collectGarbage, collectAbove})
      const file = new VFile({value: text, path: 'words.txt'})
      processor.runSync(processor.parse(file) as Root, file)
      return file
    }
    expect(run(text.length + 1).data.sentenceWords).toBeUndefined()
    expect(collections).toEqual([])
    run(10)
    expect(collections).toEqual(['collected'])
  })

  it('buildArticle collects once more when the trees are dropped, before the outputs are written', () => {
    const collections: number[] = []
    const options = {collectGarbage: () => collections.push(collections.length), collectAbove: 10}
    const file = buildArticle(createProcessor(undefined, options), new VFile({value: text, path: 'words.txt'}), options)
    expect(String(file.value)).toMatch(/^<!doctype html>/)
    expect(collections).toEqual([0, 1])
    const large = {...options, collectAbove: text.length + 1}
    buildArticle(createProcessor(undefined, large), new VFile({value: text, path: 'words.txt'}), large)
    expect(collections).toEqual([0, 1])
  })
})
