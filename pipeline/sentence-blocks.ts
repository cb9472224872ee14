/**
 * The sentence level of the segmenter: parse-latin cuts the node list of
 * `sentence-tokens.ts` after each full stop, "?", "!", "…" or "‽", then its
 * paragraph plugins (parse-english's abbreviation plugin first) join, move
 * and split sentences. Each plugin is ported with its own loop (the index it
 * returns to is the one `unist-util-modify-children` goes on from), on
 * sentences that hold node indices instead of nodes; the positions are
 * updated where the plugin updates them. There are few sentences per piece,
 * so an object and an array per sentence cost little.
 */
import {abbreviationPrefix, abbreviations, abbreviationsSensitive, affixSymbol, lowerInitial} from './latin-expressions.ts'
import {punctuationType, whiteSpaceType, wordType, type TokenList} from './sentence-tokens.ts'

/** A sentence (`children`: node indices in order), or white space between sentences (`children` null). */
export interface Block {
  children: number[] | null
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

/** `unist-util-visit-children`: every index once, whatever the visitor changes. */
function visit(blocks: Block[], visitor: (block: Block, index: number, blocks: Block[]) => void): void {
  let index = -1
  while (++index < blocks.length) visitor(blocks[index], index, blocks)
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
  visit(blocks, (block) => mergeRemainingFullStops(list, block))
  const sentences: Block[] = []
  for (const block of moveOuterWhiteSpace(list, blocks)) if (block.children !== null) breakImplicitSentences(list, block, sentences)
  // parse-latin's `removeEmptyNodes`.
  return sentences.filter((sentence) => sentence.children!.length > 0)
}

/** parse-latin's `splitNode` on terminal marks: a sentence ends after each, and at the end. */
function splitSentences(list: TokenList): Block[] {
  const blocks: Block[] = []
  let first = 0
  for (let node = 0; node < list.nodes; node++) {
    if (node === list.nodes - 1 || (list.nodeType[node] === punctuationType && isTerminal(list, node))) {
      const children: number[] = []
      for (let child = first; child <= node; child++) children.push(child)
      blocks.push({children, start: list.start(first), end: list.end(node)})
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

function append(target: number[], nodes: number[]): void {
  for (const node of nodes) target.push(node)
}

/**
 * parse-english `mergeEnglishPrefixExceptions` and parse-latin
 * `mergePrefixExceptions`: a sentence ending in an abbreviation and "."
 * ("Gov.", "etc.") takes the full stop into the word and the next sentence in.
 * (The English one asks for a punctuation node, the Latin one also takes a
 * symbol: "." is always punctuation.)
 */
function mergePrefixAbbreviation(list: TokenList, blocks: Block[], sentence: Block, index: number, isAbbreviation: (value: string) => boolean): number | undefined {
  const children = sentence.children
  if (children === null || children.length < 2) return
  const period = children[children.length - 1]
  const word = children[children.length - 2]
  if (!(list.nodeType[period] === punctuationType && list.isCharacter(period, 0x2e) && list.nodeType[word] === wordType)) return
  if (!isAbbreviation(list.value(word))) return
  list.nodeLast[word] = list.nodeLast[period]
  children.pop()
  const next = blocks[index + 1]
  if (next !== undefined && next.children !== null) {
    append(children, next.children)
    blocks.splice(index + 1, 1)
    sentence.end = next.end
    return index - 1
  }
}

function hasWord(list: TokenList, children: number[]): boolean {
  for (const node of children) if (list.nodeType[node] === wordType) return true
  return false
}

/** parse-latin `mergeNonWordSentences`: a sentence without a word joins the one before (else the one after). */
function mergeNonWordSentence(list: TokenList, blocks: Block[], sentence: Block, index: number): number | undefined {
  const children = sentence.children
  if (children === null || hasWord(list, children)) return
  const previous = blocks[index - 1]
  if (previous !== undefined && previous.children !== null) {
    append(previous.children, children)
    blocks.splice(index, 1)
    previous.end = sentence.end
    return index
  }
  const next = blocks[index + 1]
  if (next !== undefined && next.children !== null) {
    next.children.unshift(...children)
    next.start = sentence.start
    blocks.splice(index, 1)
  }
}

/** parse-latin `mergeAffixSymbol`: a closing mark (")", "”", "."...) opening a sentence goes to the one before. */
function mergeAffixSymbol(list: TokenList, blocks: Block[], sentence: Block, index: number): number | undefined {
  const children = sentence.children
  if (children === null || children.length === 0 || index === 0) return
  const previous = blocks[index - 1]
  const first = children[0]
  if (previous.children === null || !list.isMark(first) || !affixSymbol.test(list.value(first))) return
  children.shift()
  previous.children.push(first)
  previous.end = list.end(first)
  if (children.length > 0) sentence.start = list.start(children[0])
  return index - 1
}

/** parse-latin `mergeInitialLowerCaseLetterSentences`: a sentence whose first word (before any mark) starts in lower case joins the one before. */
function mergeInitialLowerCase(list: TokenList, blocks: Block[], sentence: Block, index: number): number | undefined {
  const children = sentence.children
  if (children === null || index === 0) return
  const previous = blocks[index - 1]
  if (children.length === 0 || previous.children === null) return
  for (const node of children) {
    if (list.nodeType[node] === wordType) {
      if (!lowerInitial.test(list.value(node))) return
      append(previous.children, children)
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
  const children = sentence.children
  if (previous === undefined || previous.children === null || children === null) return
  const head = children[0]
  if (head === undefined || list.nodeType[head] !== wordType) return
  const code = list.text.charCodeAt(list.start(head))
  if (code < 0x30 || code > 0x39) return
  append(previous.children, children)
  blocks.splice(index, 1)
  previous.end = sentence.end
  return index
}

/** parse-latin `mergeAffixExceptions`: a sentence whose first mark (before any word) is "," or ";" joins the one before. */
function mergeAffixException(list: TokenList, blocks: Block[], sentence: Block, index: number): number | undefined {
  const previous = blocks[index - 1]
  const children = sentence.children
  if (previous === undefined || previous.children === null || children === null || children.length === 0) return
  for (const node of children) {
    if (list.nodeType[node] === wordType) return
    if (list.isMark(node)) {
      if (!list.isCharacter(node, 0x2c) && !list.isCharacter(node, 0x3b)) return
      append(previous.children, children)
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
  const children = sentence.children
  if (children === null) return
  const {nodeType} = list
  let position = children.length
  let hasFoundDelimiter = false
  while (--position >= 0) {
    const node = children[position]
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
    const previous = children[position - 1]
    const next = children[position + 1]
    if (previous !== undefined && nodeType[previous] === wordType) {
      const nextNext = children[position + 2]
      if (next !== undefined && nextNext !== undefined && nodeType[next] === whiteSpaceType && list.isCharacter(nextNext, 0x2e)) continue
      children.splice(position, 1)
      list.nodeLast[previous] = list.nodeLast[node]
      position--
    } else if (next !== undefined && nodeType[next] === wordType) {
      children.splice(position, 1)
      list.nodeFirst[next] = list.nodeFirst[node]
    }
  }
}

/**
 * parse-latin `makeInitialWhiteSpaceSiblings` then `makeFinalWhiteSpaceSiblings`:
 * white space opening or closing a sentence leaves it (the sentence's start
 * or end moves to its new first or last node, when it has one).
 */
function moveOuterWhiteSpace(list: TokenList, blocks: Block[]): Block[] {
  const result: Block[] = []
  for (const block of blocks) {
    const children = block.children
    if (children === null) {
      result.push(block)
      continue
    }
    if (children.length > 0 && list.nodeType[children[0]] === whiteSpaceType) {
      const head = children.shift()!
      result.push({children: null, start: list.start(head), end: list.end(head)})
      if (children.length > 0) block.start = list.start(children[0])
    }
    const tail = children.length > 0 && list.nodeType[children[children.length - 1]] === whiteSpaceType ? children.pop()! : -1
    if (tail >= 0 && children.length > 0) block.end = list.end(children[children.length - 1])
    result.push(block)
    if (tail >= 0) result.push({children: null, start: list.start(tail), end: list.end(tail)})
  }
  return result
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
    const children = current.children!
    let position = 0
    let split = -1
    while (++position < children.length - 1) {
      const node = children[position]
      if (list.nodeType[node] === whiteSpaceType && lineBreaks(list, node) >= 2) {
        split = position
        break
      }
    }
    if (split < 0) break
    const end = current.end
    const head = children[split + 1]
    current.children = children.slice(0, split)
    current.end = list.end(children[split - 1])
    sentences.push(current)
    current = {children: children.slice(split + 1), start: list.start(head), end}
  }
  sentences.push(current)
}
