/**
 * Sentences and tokens with exact offsets, per paragraph, by parse-english
 * (the parser inside retext-english). It knows English abbreviations
 * ("Gov.", "St.", "Jan.") and keeps curly quotes and dashes as tokens.
 * Writes `file.data.article.sentences`.
 */
import {ParseEnglish} from 'parse-english'
import type {Root as NlcstRoot, Sentence as NlcstSentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {RemarkPlugin, Sentence, Token, TokenKind} from './types.ts'

const kinds: Record<string, TokenKind> = {
  WordNode: 'word',
  PunctuationNode: 'punctuation',
  SymbolNode: 'symbol',
  WhiteSpaceNode: 'whitespace',
  SourceNode: 'symbol',
  TextNode: 'word'
}

/** Splits each paragraph into sentences and tokens. */
const segmentSentences: RemarkPlugin = function () {
  // One parser per processor: it holds no per-article state.
  const parser = new ParseEnglish()
  return function (_tree, file) {
    const article = file.data.article!
    const text = String(file.value)
    for (const paragraph of article.paragraphs) {
      const tree = parser.parse(text.slice(paragraph.start, paragraph.end)) as NlcstRoot
      for (const block of tree.children) {
        if (block.type !== 'ParagraphNode') continue
        for (const child of block.children) {
          if (child.type !== 'SentenceNode') continue
          article.sentences.push(toSentence(child, paragraph.start, paragraph.index))
        }
      }
    }
  }
}

export default segmentSentences

function toSentence(node: NlcstSentence, base: number, paragraph: number): Sentence {
  const tokens: Token[] = []
  for (const child of node.children) {
    const start = base + child.position!.start.offset!
    const end = base + child.position!.end.offset!
    tokens.push({start, end, kind: kinds[child.type] ?? 'symbol', value: toString(child)})
  }
  return {
    start: base + node.position!.start.offset!,
    end: base + node.position!.end.offset!,
    paragraph,
    tokens
  }
}
