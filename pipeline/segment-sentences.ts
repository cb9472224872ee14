/**
 * Sentences and words with exact offsets, per paragraph, as parse-english
 * (the parser inside retext-english) cuts them: it knows English
 * abbreviations ("Gov.", "St.", "Jan.") and keeps curly quotes and dashes as
 * tokens. Its decisions are reproduced on flat arrays (`sentence-tokens.ts`,
 * `sentence-blocks.ts`) instead of building its tree of an object per token:
 * test/segment-reference.test.ts holds the two to the same output. Writes
 * `file.data.article.sentences` and each sentence's words
 * (`file.data.sentenceWords`, see `words.ts`).
 */
import type {ArticleData, RemarkPlugin} from './types.ts'
import {isTitleCase} from './gazetteer-words.ts'
import {nextLive, sentenceBlocks, type Block} from './sentence-blocks.ts'
import {deadType, punctuationType, symbolType, TokenList, whiteSpaceType, wordType} from './sentence-tokens.ts'
import {apostropheFlag, createWord, joinedFlag, kindCode, markTitleCase, sentenceStartFlag, spaceBeforeFlag, type Word, type WordForms} from './words.ts'

/** `kindCode` of each node type of `sentence-tokens.ts`. */
const kindCodes: number[] = []
kindCodes[whiteSpaceType] = kindCode.whitespace
kindCodes[punctuationType] = kindCode.punctuation
kindCodes[wordType] = kindCode.word
kindCodes[symbolType] = kindCode.symbol

/** Splits each paragraph into sentences and tokens. */
const segmentSentences: RemarkPlugin = function () {
  // One token list per processor: scratch arrays, refilled for each piece of text.
  const list = new TokenList()
  return function (_tree, file) {
    const article = file.data.article!
    const text = String(file.value)
    const sentenceWords: Word[][] = []
    const forms: WordForms = new Map()
    for (const paragraph of article.paragraphs) {
      for (const chunk of chunks(text, paragraph.start, paragraph.end)) {
        list.tokenize(text, chunk.start, chunk.end)
        for (const sentence of sentenceBlocks(list)) addSentence(article, sentenceWords, forms, list, sentence, paragraph.index)
      }
    }
    // The scratch arrays stay with the processor; the article's text does not.
    list.text = ''
    file.data.sentenceWords = sentenceWords
  }
}

export default segmentSentences

/** Longest piece of a paragraph parsed at once (characters). */
const maxChunk = 20_000

/**
 * A paragraph in pieces of at most `maxChunk` characters, cut after a
 * sentence end where there is one (else at a space): parse-english grew
 * faster than linearly on one huge paragraph (4 s at 1 MB, 90 s at 10 MB),
 * while real paragraphs are far below the limit and are parsed whole. The
 * segmenter that replaced it keeps the same pieces, so that its sentences
 * stay exactly parse-english's.
 */
export function chunks(text: string, start: number, end: number): Array<{start: number; end: number}> {
  const pieces: Array<{start: number; end: number}> = []
  let from = start
  while (end - from > maxChunk) {
    const limit = from + maxChunk
    let cut = -1
    let space = -1
    for (let index = limit; index > from + maxChunk / 2; index--) {
      const code = text.charCodeAt(index)
      if (code !== 32 && code !== 10 && code !== 9) continue
      if (space < 0) space = index
      const before = text.charCodeAt(index - 1)
      if (before === 46 || before === 33 || before === 63) {
        cut = index
        break
      }
    }
    if (cut < 0) cut = space
    // No space at all: cut anywhere but inside a surrogate pair.
    if (cut < 0) cut = (text.charCodeAt(limit) & 0xfc00) === 0xdc00 ? limit - 1 : limit
    pieces.push({start: from, end: cut})
    from = cut
  }
  pieces.push({start: from, end})
  return pieces
}

/** Records a sentence and its words (whitespace dropped, its flags kept on the words after it). */
function addSentence(article: ArticleData, sentenceWords: Word[][], forms: WordForms, list: TokenList, block: Block, paragraph: number): void {
  const sentence = article.sentences.length
  article.sentences.push({start: block.start, end: block.end, paragraph})
  const words: Word[] = []
  const {nodeType, text} = list
  let joined = false
  let spaceBefore = true
  let previousType = deadType
  for (let node = block.first; node <= block.last; node = nextLive(list, node)) {
    const type = nodeType[node]
    const start = list.start(node)
    const end = list.end(node)
    if (type === whiteSpaceType) {
      joined = words.length > 0 && !hasLineFeed(text, start, end)
      spaceBefore = true
      previousType = type
      continue
    }
    // An apostrophe between two words ("Clinton ' s" as the parser splits it).
    const apostrophe = end - start === 1 && isApostrophe(text.charCodeAt(start)) && previousType === wordType && node < block.last && nodeType[nextLive(list, node)] === wordType
    const flags = kindCodes[type] | (joined ? joinedFlag : 0) | (spaceBefore ? spaceBeforeFlag : 0) | (words.length === 0 ? sentenceStartFlag : 0) | (apostrophe ? apostropheFlag : 0)
    words.push(createWord(start, end, text.slice(start, end), sentence, flags, forms))
    joined = false
    spaceBefore = false
    previousType = type
  }
  if (isTitleCase(words)) markTitleCase(words)
  // A copy of exactly its length: an array grown by push keeps spare slots.
  sentenceWords.push(words.slice())
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019
}

function hasLineFeed(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (text.charCodeAt(index) === 10) return true
  return false
}
