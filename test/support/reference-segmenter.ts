/**
 * THE REFERENCE for test/segment-reference.test.ts: pipeline/segment-sentences.ts
 * as it was before it stopped building parse-english's tree (commit 23a588c),
 * kept unchanged but for its imports and name (`chunks`, which did not
 * change, is the pipeline's own). The new segmenter must give exactly what
 * this one gives.
 *
 * Sentences and words with exact offsets, per paragraph, by parse-english
 * (the parser inside retext-english). It knows English abbreviations
 * ("Gov.", "St.", "Jan.") and keeps curly quotes and dashes as tokens.
 * Writes `file.data.article.sentences` and each sentence's words
 * (`file.data.sentenceWords`, see `words.ts`); the parser's tree of each
 * piece is dropped as soon as its words are read.
 */
import {ParseEnglish} from 'parse-english'
import type {Root as NlcstRoot, Sentence as NlcstSentence, SentenceContent} from 'nlcst'
import type {Point} from 'unist'
import {toString} from 'nlcst-to-string'
import type {ArticleData, RemarkPlugin, TokenKind} from '../../pipeline/types.ts'
import {isTitleCase} from '../../pipeline/gazetteer-words.ts'
import {apostropheFlag, createWord, joinedFlag, kindCode, markTitleCase, sentenceStartFlag, spaceBeforeFlag, type Word, type WordForms} from '../../pipeline/words.ts'
import {chunks} from '../../pipeline/segment-sentences.ts'

const kinds: Record<string, TokenKind> = {
  WordNode: 'word',
  PunctuationNode: 'punctuation',
  SymbolNode: 'symbol',
  WhiteSpaceNode: 'whitespace',
  SourceNode: 'symbol',
  TextNode: 'word'
}

type NodeType = 'WhiteSpaceNode' | 'PunctuationNode' | 'WordNode' | 'SymbolNode'
/** Index 0 stands for "not classified yet" in `FastParseEnglish.seen`. */
const types: NodeType[] = ['SymbolNode', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode']

const baseTokenize = ParseEnglish.prototype.tokenize

/** A character's token type, as parse-latin's own tokenizer (three Unicode classes) gives it. */
function classify(character: string): NodeType {
  return baseTokenize.call(undefined as never, character)[0].type as NodeType
}

/** The types of the ASCII characters, looked up instead of testing three Unicode classes per character. */
const asciiTypes: NodeType[] = Array.from({length: 128}, (_, code) => classify(String.fromCharCode(code)))

/**
 * ParseEnglish with parse-latin's first step (`tokenize`) rewritten to look
 * ASCII character types up in a table: the same nodes and shared `start`
 * objects as `ParseLatin.prototype.tokenize`, which tests three Unicode
 * regexes on every character; points carry offsets only.
 */
class FastParseEnglish extends ParseEnglish {
  /** Types of the other characters met so far (index into `types`, 0: not met): a cache, not article data. */
  private readonly seen = new Uint8Array(0x10000)

  /** The type of a non-ASCII character (one UTF-16 code unit). */
  private typeOf(code: number): NodeType {
    let known = this.seen[code]
    if (known === 0) {
      known = types.lastIndexOf(classify(String.fromCharCode(code)))
      this.seen[code] = known
    }
    return types[known]
  }

  tokenize(value: string | null | undefined): SentenceContent[] {
    const children: SentenceContent[] = []
    if (!value) return children
    // Only offsets: no plugin reads a line or a column, and spans are offsets.
    const currentPoint = {offset: 0} as Point
    let from = 0
    let index = 0
    let start = {offset: 0} as Point
    let previousType: NodeType | undefined
    let previous = -1
    while (index < value.length) {
      const code = value.charCodeAt(index)
      const currentType = code < 128 ? asciiTypes[code] : this.typeOf(code)
      if (
        from < index &&
        previousType &&
        !(
          previousType === currentType &&
          (previousType === 'WordNode' ||
            previousType === 'WhiteSpaceNode' ||
            code === previous ||
            (code >= 0xd800 && code <= 0xdfff))
        )
      ) {
        children.push(createNode(previousType, value.slice(from, index), start, currentPoint))
        from = index
        start = copy(currentPoint)
      }
      currentPoint.offset!++
      previousType = currentType
      previous = code
      index++
    }
    if (previousType && from < index) children.push(createNode(previousType, value.slice(from, index), start, currentPoint))
    return children
  }
}

/** A node as parse-latin builds it: a word holds one text; the start point is shared, each end is a copy. */
function createNode(type: NodeType, value: string, start: Point, end: Point): SentenceContent {
  return type === 'WordNode'
    ? {
        type: 'WordNode',
        children: [{type: 'TextNode', value, position: {start, end: copy(end)}}],
        position: {start, end: copy(end)}
      }
    : ({type, value, position: {start, end: copy(end)}} as SentenceContent)
}

/** A copy of an offset-only point. */
function copy(point: Point): Point {
  return {offset: point.offset} as Point
}

/** Splits each paragraph into sentences and tokens. */
const referenceSegmentSentences: RemarkPlugin = function () {
  // One parser per processor: it holds no per-article state.
  const parser = new FastParseEnglish()
  return function (_tree, file) {
    const article = file.data.article!
    const text = String(file.value)
    const sentenceWords: Word[][] = []
    const forms: WordForms = new Map()
    for (const paragraph of article.paragraphs) {
      for (const chunk of chunks(text, paragraph.start, paragraph.end)) {
        const tree = parser.parse(text.slice(chunk.start, chunk.end)) as NlcstRoot
        for (const block of tree.children) {
          if (block.type !== 'ParagraphNode') continue
          for (const child of block.children) {
            if (child.type !== 'SentenceNode') continue
            addSentence(article, sentenceWords, forms, child, chunk.start, paragraph.index)
          }
        }
      }
    }
    file.data.sentenceWords = sentenceWords
  }
}

export default referenceSegmentSentences

/** Records a sentence and its words (whitespace dropped, its flags kept on the words after it). */
function addSentence(article: ArticleData, sentenceWords: Word[][], forms: WordForms, node: NlcstSentence, base: number, paragraph: number): void {
  const sentence = article.sentences.length
  article.sentences.push({start: base + node.position!.start.offset!, end: base + node.position!.end.offset!, paragraph})
  const words: Word[] = []
  const children = node.children
  let joined = false
  let spaceBefore = true
  for (let k = 0; k < children.length; k++) {
    const child = children[k]
    const kind = kindOf(child)
    if (kind === 'whitespace') {
      joined = words.length > 0 && !(child as {value: string}).value.includes('\n')
      spaceBefore = true
      continue
    }
    const value = tokenValue(child)
    const apostrophe = (value === "'" || value === '’') && k > 0 && kindOf(children[k - 1]) === 'word' && k + 1 < children.length && kindOf(children[k + 1]) === 'word'
    const flags = kindCode[kind] | (joined ? joinedFlag : 0) | (spaceBefore ? spaceBeforeFlag : 0) | (words.length === 0 ? sentenceStartFlag : 0) | (apostrophe ? apostropheFlag : 0)
    words.push(createWord(base + child.position!.start.offset!, base + child.position!.end.offset!, value, sentence, flags, forms))
    joined = false
    spaceBefore = false
  }
  if (isTitleCase(words)) markTitleCase(words)
  // A copy of exactly its length: an array grown by push keeps spare slots.
  sentenceWords.push(words.slice())
}

function kindOf(node: SentenceContent): TokenKind {
  return kinds[node.type] ?? 'symbol'
}

/** `toString(node)` without its generic walk for the common shapes: a literal, a word of one text. */
function tokenValue(node: SentenceContent): string {
  if ('value' in node) return node.value
  const children = node.children
  if (children.length === 1 && 'value' in children[0]) return children[0].value
  return toString(node)
}
