/**
 * The sentence level of the segmenter: parse-latin cuts the node list of
 * `sentence-tokens.ts` after each full stop, "?", "!", "…" or "‽", then its
 * paragraph plugins (parse-english's abbreviation plugin first) join, move
 * and split sentences. Each plugin is ported with its own loop (the index it
 * returns to is the one `unist-util-modify-children` goes on from), on
 * sentences that are ranges of the node list instead of arrays of nodes
 * (sentences only ever join their neighbours, so their nodes stay in
 * order); the positions are updated where the plugin updates them.
 */
import {abbreviationPrefix, abbreviations, abbreviationsSensitive, affixSymbol, lowerInitial} from './latin-expressions.ts'
import {deadType, punctuationType, whiteSpaceType, wordType, type TokenList} from './sentence-tokens.ts'

/**
 * A sentence: the nodes `first` to `last` of the list (both live; empty when
 * `first > last`), and its position as parse-latin keeps it. A node taken
 * into a word by a plugin here stays in the list, marked dead (`deadType`):
 * a sentence's children are its live nodes.
 */
export interface Block {
  first: number
  last: number
  start: number
  end: number
}

type Modifier = (block: Block, index: number, blocks: Block[]) => number | undefined

/** `unist-util-modify-children`: a returned index is where the walk goes on. */
function modify(blocks: Block[], modifier: Modifier): void {
  let index = -1
  while (++index < blocks.length) {
    if (index < 0) continue
    const result = modifier(blocks[index], index, blocks)
    if (result !== undefined) index = result - 1
  }
}

/** The sentences of the node list, as parse-english returns them (white space between them dropped). */
export function sentenceBlocks(list: TokenList): Block[] {
  const blocks = splitSentences(list)
  const plugins: Modifier[] = [
    (block, index) => mergePrefixAbbreviation(list, blocks, block, index, isEnglishAbbreviation),
    (block, index) => mergeNonWordSentence(list, blocks, block, index),
    (block, index) => mergeAffixSymbol(list, blocks, block, index),
    (block, index) => mergeInitialLowerCase(list, blocks, block, index),
    (block, index) => mergeInitialDigit(list, blocks, block, index),
    (block, index) => mergePrefixAbbreviation(list, blocks, block, index, isLatinAbbreviation),
    (block, index) => mergeAffixException(list, blocks, block, index)
  ]
  for (const plugin of plugins) modify(blocks, plugin)
  // A visit (each sentence once), as parse-latin's own.
  for (const block of blocks) mergeRemainingFullStops(list, block)
  const sentences: Block[] = []
  for (const block of blocks) {
    moveOuterWhiteSpace(list, block)
    // An emptied sentence goes: parse-latin's `removeEmptyNodes`.
    if (block.first <= block.last) breakImplicitSentences(list, block, sentences)
  }
  return sentences
}

/** parse-latin's `splitNode` on terminal marks: a sentence ends after each, and at the end. */
function splitSentences(list: TokenList): Block[] {
  const blocks: Block[] = []
  let first = 0
  for (let node = 0; node < list.nodes; node++) {
    if (node === list.nodes - 1 || (list.nodeType[node] === punctuationType && isTerminal(list, node))) {
      blocks.push({first, last: node, start: list.start(first), end: list.end(node)})
      first = node + 1
    }
  }
  return blocks
}

/** parse-latin's `terminalMarker`: only "!", ".", "?", "…", "‽". */
function isTerminal(list: TokenList, node: number): boolean {
  const end = list.end(node)
  for (let index = list.start(node); index < end; index++) {
    const code = list.text.charCodeAt(index)
    if (code !== 0x21 && code !== 0x2e && code !== 0x3f && code !== 0x2026 && code !== 0x203d) return false
  }
  return true
}

function isEnglishAbbreviation(value: string): boolean {
  return abbreviations.test(value.toLowerCase()) || abbreviationsSensitive.test(value)
}

function isLatinAbbreviation(value: string): boolean {
  return abbreviationPrefix.test(value.toLowerCase())
}

/** The live node after `node` (past the end of the list when none). */
export function nextLive(list: TokenList, node: number): number {
  let next = node + 1
  while (next < list.nodes && list.nodeType[next] === deadType) next++
  return next
}

/** The live node before `node` (-1 when none). */
function previousLive(list: TokenList, node: number): number {
  let previous = node - 1
  while (previous >= 0 && list.nodeType[previous] === deadType) previous--
  return previous
}

/** Node `from` (a full stop) joins the word `into` before it: the word ends where it ended. */
function appendToWord(list: TokenList, into: number, from: number): void {
  list.nodeLast[into] = list.nodeLast[from]
  list.nodeType[from] = deadType
}

/**
 * parse-english `mergeEnglishPrefixExceptions` and parse-latin
 * `mergePrefixExceptions`: a sentence ending in an abbreviation and "."
 * ("Gov.", "etc.") takes the full stop into the word and the next sentence in.
 * (The English one asks for a punctuation node, the Latin one also takes a
 * symbol: "." is always punctuation.)
 */
function mergePrefixAbbreviation(list: TokenList, blocks: Block[], sentence: Block, index: number, isAbbreviation: (value: string) => boolean): number | undefined {
  if (sentence.first >= sentence.last) return
  const period = sentence.last
  const word = previousLive(list, period)
  if (!(list.nodeType[period] === punctuationType && list.isCharacter(period, 0x2e) && list.nodeType[word] === wordType)) return
  if (!isAbbreviation(list.value(word))) return
  appendToWord(list, word, period)
  sentence.last = word
  const next = blocks[index + 1]
  if (next !== undefined) {
    sentence.last = next.last
    blocks.splice(index + 1, 1)
    sentence.end = next.end
    return index - 1
  }
}

function hasWord(list: TokenList, sentence: Block): boolean {
  for (let node = sentence.first; node <= sentence.last; node++) if (list.nodeType[node] === wordType) return true
  return false
}

/** parse-latin `mergeNonWordSentences`: a sentence without a word joins the one before (else the one after). */
function mergeNonWordSentence(list: TokenList, blocks: Block[], sentence: Block, index: number): number | undefined {
  if (hasWord(list, sentence)) return
  const previous = blocks[index - 1]
  const empty = sentence.first > sentence.last
  if (previous !== undefined) {
    if (!empty) previous.last = sentence.last
    blocks.splice(index, 1)
    previous.end = sentence.end
    return index
  }
  const next = blocks[index + 1]
  if (next !== undefined) {
    if (!empty) next.first = sentence.first
    next.start = sentence.start
    blocks.splice(index, 1)
  }
}

/** parse-latin `mergeAffixSymbol`: a closing mark (")", "”", "."...) opening a sentence goes to the one before. */
function mergeAffixSymbol(list: TokenList, blocks: Block[], sentence: Block, index: number): number | undefined {
  if (sentence.first > sentence.last || index === 0) return
  const previous = blocks[index - 1]
  const first = sentence.first
  if (!list.isMark(first) || !affixSymbol.test(list.value(first))) return
  sentence.first = nextLive(list, first)
  previous.last = first
  previous.end = list.end(first)
  if (sentence.first <= sentence.last) sentence.start = list.start(sentence.first)
  return index - 1
}

/** parse-latin `mergeInitialLowerCaseLetterSentences`: a sentence whose first word (before any mark) starts in lower case joins the one before. */
function mergeInitialLowerCase(list: TokenList, blocks: Block[], sentence: Block, index: number): number | undefined {
  if (index === 0 || sentence.first > sentence.last) return
  const previous = blocks[index - 1]
  for (let node = sentence.first; node <= sentence.last; node++) {
    if (list.nodeType[node] === wordType) {
      if (!lowerInitial.test(list.value(node))) return
      previous.last = sentence.last
      blocks.splice(index, 1)
      previous.end = sentence.end
      return index
    }
    if (list.isMark(node)) return
  }
}

/** parse-latin `mergeInitialDigitSentences`: a sentence starting with a digit ("1984. 3.5") joins the one before. */
function mergeInitialDigit(list: TokenList, blocks: Block[], sentence: Block, index: number): number | undefined {
  const previous = blocks[index - 1]
  if (previous === undefined || sentence.first > sentence.last) return
  const head = sentence.first
  if (list.nodeType[head] !== wordType) return
  const code = list.text.charCodeAt(list.start(head))
  if (code < 0x30 || code > 0x39) return
  previous.last = sentence.last
  blocks.splice(index, 1)
  previous.end = sentence.end
  return index
}

/** parse-latin `mergeAffixExceptions`: a sentence whose first mark (before any word) is "," or ";" joins the one before. */
function mergeAffixException(list: TokenList, blocks: Block[], sentence: Block, index: number): number | undefined {
  const previous = blocks[index - 1]
  if (previous === undefined || sentence.first > sentence.last) return
  for (let node = sentence.first; node <= sentence.last; node++) {
    if (list.nodeType[node] === wordType) return
    if (list.isMark(node)) {
      if (!list.isCharacter(node, 0x2c) && !list.isCharacter(node, 0x3b)) return
      previous.last = sentence.last
      previous.end = sentence.end
      blocks.splice(index, 1)
      return index
    }
  }
}

/**
 * parse-latin `mergeRemainingFullStops`: from the end of a sentence, each
 * full stop before the last terminal mark (and after a word) joins the word
 * before it ("e.g") or, after no word, the word after it (".NET").
 */
function mergeRemainingFullStops(list: TokenList, sentence: Block): void {
  const {nodeType} = list
  let hasFoundDelimiter = false
  for (let node = sentence.last; node >= sentence.first; node = previousLive(list, node)) {
    if (!list.isMark(node)) {
      if (nodeType[node] === wordType) hasFoundDelimiter = true
      continue
    }
    if (!isTerminal(list, node)) continue
    if (!hasFoundDelimiter) {
      hasFoundDelimiter = true
      continue
    }
    if (!list.isCharacter(node, 0x2e)) continue
    const previous = node > sentence.first ? previousLive(list, node) : -1
    const next = node < sentence.last ? nextLive(list, node) : -1
    if (previous >= 0 && nodeType[previous] === wordType) {
      const nextNext = next >= 0 && next < sentence.last ? nextLive(list, next) : -1
      if (next >= 0 && nextNext >= 0 && nodeType[next] === whiteSpaceType && list.isCharacter(nextNext, 0x2e)) continue
      appendToWord(list, previous, node)
      // parse-latin steps over the word too (it cannot change anything: a delimiter is found).
      node = previous
    } else if (next >= 0 && nodeType[next] === wordType) {
      list.nodeFirst[next] = list.nodeFirst[node]
      nodeType[node] = deadType
      if (sentence.first === node) sentence.first = next
    }
  }
}

/**
 * parse-latin `makeInitialWhiteSpaceSiblings` then `makeFinalWhiteSpaceSiblings`:
 * white space opening or closing a sentence leaves it (the sentence's start
 * or end moves to its new first or last node, when it has one). The white
 * space itself is dropped: no later plugin looks at white space between
 * sentences.
 */
function moveOuterWhiteSpace(list: TokenList, sentence: Block): void {
  if (sentence.first <= sentence.last && list.nodeType[sentence.first] === whiteSpaceType) {
    sentence.first = nextLive(list, sentence.first)
    if (sentence.first <= sentence.last) sentence.start = list.start(sentence.first)
  }
  if (sentence.first <= sentence.last && list.nodeType[sentence.last] === whiteSpaceType) {
    sentence.last = previousLive(list, sentence.last)
    if (sentence.first <= sentence.last) sentence.end = list.end(sentence.last)
  }
}

/** Line breaks in a node ("\r\n" counts once), as parse-latin counts them with `split(/\r\n|\r|\n/)`. */
function lineBreaks(list: TokenList, node: number): number {
  const {text} = list
  const end = list.end(node)
  let count = 0
  for (let index = list.start(node); index < end; index++) {
    const code = text.charCodeAt(index)
    if (code === 10) count++
    else if (code === 13) {
      count++
      if (text.charCodeAt(index + 1) === 10 && index + 1 < end) index++
    }
  }
  return count
}

/**
 * parse-latin `breakImplicitSentences`: white space with two line breaks or
 * more inside a sentence ends it there; the rest is a sentence of its own
 * (itself looked at again). Pushes the pieces to `sentences`.
 */
function breakImplicitSentences(list: TokenList, sentence: Block, sentences: Block[]): void {
  let current = sentence
  for (;;) {
    let split = -1
    // Neither the first node nor the last.
    for (let node = nextLive(list, current.first); node < current.last; node = nextLive(list, node)) {
      if (list.nodeType[node] === whiteSpaceType && lineBreaks(list, node) >= 2) {
        split = node
        break
      }
    }
    if (split < 0) break
    const head = nextLive(list, split)
    const rest = {first: head, last: current.last, start: list.start(head), end: current.end}
    current.last = previousLive(list, split)
    current.end = list.end(current.last)
    sentences.push(current)
    current = rest
  }
  sentences.push(current)
}
