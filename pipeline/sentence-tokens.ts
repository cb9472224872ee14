/**
 * The token level of the sentence segmenter: what parse-english builds as one
 * flat list of nlcst nodes before it cuts sentences (parse-latin's
 * `tokenize`, then parse-english's elision plugin and parse-latin's five word
 * plugins, in that order), kept in typed arrays instead of an object per
 * node. A node is a run of base tokens: a punctuation or symbol node is one
 * token, a word may have taken in its neighbours ("U.S.", "rock 'n' roll",
 * "w/"); its text is always the article text from its first token's start to
 * its last token's end. Each plugin is one left-to-right pass that rewrites
 * the node list in place (a merge only shrinks it), reproducing the plugin's
 * own order of visits (`unist-util-modify-children` / `-visit-children`).
 */
import {ParseEnglish} from 'parse-english'
import {elisionAffix, elisionPrefix, numerical} from './latin-expressions.ts'

/** Node types; 0 stands for "not classified yet" in the character cache, and for a node taken into a word by `sentence-blocks.ts`. */
export const deadType = 0
export const whiteSpaceType = 1
export const punctuationType = 2
export const wordType = 3
export const symbolType = 4

const typeCodes: Record<string, number> = {WhiteSpaceNode: whiteSpaceType, PunctuationNode: punctuationType, WordNode: wordType, SymbolNode: symbolType}
const baseTokenize = ParseEnglish.prototype.tokenize

/** A character's type, as parse-latin's own tokenizer (three Unicode classes) gives it. */
function classify(code: number): number {
  return typeCodes[baseTokenize.call(undefined as never, String.fromCharCode(code))[0].type]
}

/** Types of the UTF-16 code units met so far (0: not yet): a cache filled once per process, not article data. */
const unitTypes = new Uint8Array(0x10000)

function typeOf(code: number): number {
  const known = unitTypes[code]
  return known === 0 ? (unitTypes[code] = classify(code)) : known
}

/** The ASCII part, filled at once: most characters of an article. */
const asciiTypes = Uint8Array.from({length: 128}, (_, code) => typeOf(code))

/** Whether parse-latin's `numerical` accepts the code unit alone (0: not asked yet, 1: no, 2: yes); a cache like `unitTypes`. */
const numericalUnits = new Uint8Array(0x10000)

function isNumerical(code: number): boolean {
  if (numericalUnits[code] === 0) numericalUnits[code] = numerical.test(String.fromCharCode(code)) ? 2 : 1
  return numericalUnits[code] === 2
}

/** The single characters of parse-latin's `wordSymbolInner` ("&'-.:=?@", soft hyphen, middle dot, hyphens, ’, ‧). */
const innerSymbols = new Set([0x26, 0x27, 0x2d, 0x2e, 0x3a, 0x3d, 0x3f, 0x40, 0xad, 0xb7, 0x2010, 0x2011, 0x2019, 0x2027])

/**
 * Tokens and nodes of one piece of text, in arrays reused from piece to
 * piece (scratch of one segmenter, emptied by each `tokenize`).
 */
export class TokenList {
  text = ''
  /** Start of each token; `tokenStart[tokens]` is the end of the last one. */
  tokenStart = new Int32Array(1024)
  tokens = 0
  nodeType = new Uint8Array(1024)
  nodeFirst = new Int32Array(1024)
  nodeLast = new Int32Array(1024)
  nodes = 0

  start(node: number): number {
    return this.tokenStart[this.nodeFirst[node]]
  }

  end(node: number): number {
    return this.tokenStart[this.nodeLast[node] + 1]
  }

  value(node: number): string {
    return this.text.slice(this.start(node), this.end(node))
  }

  /** The node is exactly the one character `code` (punctuation and symbol nodes are one token). */
  isCharacter(node: number, code: number): boolean {
    const start = this.start(node)
    return this.end(node) - start === 1 && this.text.charCodeAt(start) === code
  }

  isMark(node: number): boolean {
    const type = this.nodeType[node]
    return type === punctuationType || type === symbolType
  }

  /** parse-latin's tokenizer on `text[from, to)` (one node per token), then its sentence plugins. */
  tokenize(text: string, from: number, to: number): void {
    this.text = text
    this.grow(to - from + 1)
    const {tokenStart, nodeType, nodeFirst, nodeLast} = this
    let count = 0
    let tokenFrom = from
    let previousType = 0
    let previous = -1
    for (let index = from; index < to; index++) {
      const code = text.charCodeAt(index)
      const type = code < 128 ? asciiTypes[code] : typeOf(code)
      // Words and white space continue; so does the same mark, or a surrogate of a mark.
      if (tokenFrom < index && !(previousType === type && (type === wordType || type === whiteSpaceType || code === previous || (code >= 0xd800 && code <= 0xdfff)))) {
        tokenStart[count] = tokenFrom
        nodeType[count] = previousType
        nodeFirst[count] = count
        nodeLast[count] = count
        count++
        tokenFrom = index
      }
      previousType = type
      previous = code
    }
    if (tokenFrom < to) {
      tokenStart[count] = tokenFrom
      nodeType[count] = previousType
      nodeFirst[count] = count
      nodeLast[count] = count
      count++
    }
    tokenStart[count] = to
    this.tokens = count
    this.nodes = count
    mergeElisions(this)
    mergeInitialAmpersands(this)
    mergeFinalHyphens(this)
    mergeInnerWordSymbols(this)
    mergeInnerWordSlashes(this)
    mergeInitialisms(this)
  }

  private grow(size: number): void {
    if (this.tokenStart.length > size) return
    const length = size * 2
    this.tokenStart = new Int32Array(length)
    this.nodeType = new Uint8Array(length)
    this.nodeFirst = new Int32Array(length)
    this.nodeLast = new Int32Array(length)
  }

  /** Copies node `from` to slot `to` (`to <= from`: passes compact in place). */
  move(from: number, to: number): void {
    if (from === to) return
    this.nodeType[to] = this.nodeType[from]
    this.nodeFirst[to] = this.nodeFirst[from]
    this.nodeLast[to] = this.nodeLast[from]
  }
}

function isApostrophe(list: TokenList, node: number): boolean {
  return list.isCharacter(node, 0x27) || list.isCharacter(node, 0x2019)
}

/**
 * parse-english `mergeEnglishElisionExceptions` (a visit, not a modify: after
 * it takes "/" into a word it does not visit the node after it): "w/" ;
 * "o'" before a space; "'tis", "'em", "'90s" ; "'n'".
 */
function mergeElisions(list: TokenList): void {
  const {nodeType, nodeFirst, nodeLast, nodes} = list
  let out = 0
  let index = 0
  while (index < nodes) {
    if (list.isMark(index)) {
      if (list.isCharacter(index, 0x2f)) {
        if (out > 0 && nodeType[out - 1] === wordType && list.value(out - 1).toLowerCase() === 'w') {
          nodeLast[out - 1] = nodeLast[index]
          // The node after the slash is not visited: copied as it is.
          if (index + 1 < nodes) list.move(index + 1, out++)
          index += 2
          continue
        }
      } else if (isApostrophe(list, index)) {
        const hasNext = index + 1 < nodes
        if (out > 2 && hasNext && nodeType[out - 1] === wordType && nodeType[out - 2] === whiteSpaceType && nodeType[index + 1] === whiteSpaceType && elisionPrefix.test(list.value(out - 1).toLowerCase())) {
          nodeLast[out - 1] = nodeLast[index]
          list.move(index + 1, out++)
          index += 2
          continue
        }
        if (hasNext && nodeType[index + 1] === wordType && (out === 0 || nodeType[out - 1] !== wordType)) {
          const next = index + 1
          const value = list.value(next).toLowerCase()
          if (elisionAffix.test(value)) {
            nodeFirst[next] = nodeFirst[index]
            index++
            continue
          }
          const other = index + 2
          if (value === 'n' && other < nodes && nodeType[other] === punctuationType && isApostrophe(list, other)) {
            nodeFirst[next] = nodeFirst[index]
            nodeLast[next] = nodeLast[other]
            list.move(next, out++)
            index += 3
            continue
          }
        }
      }
    }
    list.move(index++, out++)
  }
  list.nodes = out
}

/** parse-latin `mergeInitialWordSymbol`: "&" before a word (and not after one) joins it. */
function mergeInitialAmpersands(list: TokenList): void {
  const {nodeType, nodeFirst, nodes} = list
  let out = 0
  for (let index = 0; index < nodes; index++) {
    if (list.isMark(index) && list.isCharacter(index, 0x26) && !(out > 0 && nodeType[out - 1] === wordType) && index + 1 < nodes && nodeType[index + 1] === wordType) {
      nodeFirst[index + 1] = nodeFirst[index]
      continue
    }
    list.move(index, out++)
  }
  list.nodes = out
}

/** parse-latin `mergeFinalWordSymbol`: "-" after a word and not before one joins it. */
function mergeFinalHyphens(list: TokenList): void {
  const {nodeType, nodeLast, nodes} = list
  let out = 0
  for (let index = 0; index < nodes; index++) {
    if (out > 0 && list.isMark(index) && list.isCharacter(index, 0x2d) && !(index + 1 < nodes && nodeType[index + 1] === wordType) && nodeType[out - 1] === wordType) {
      nodeLast[out - 1] = nodeLast[index]
      continue
    }
    list.move(index, out++)
  }
  list.nodes = out
}

/** One character of `wordSymbolInner`, or a run of underscores. */
function isInnerSymbol(list: TokenList, node: number): boolean {
  const start = list.start(node)
  const end = list.end(node)
  const text = list.text
  if (end - start === 1 && innerSymbols.has(text.charCodeAt(start))) return true
  for (let index = start; index < end; index++) if (text.charCodeAt(index) !== 0x5f) return false
  return true
}

/** parse-latin `mergeInnerWordSymbol`: words joined by inner marks ("U.S", "e-mail", "snake_case") become one word. */
function mergeInnerWordSymbols(list: TokenList): void {
  const {nodeType, nodeLast, nodes} = list
  let out = 0
  let index = 0
  while (index < nodes) {
    if (out > 0 && list.isMark(index) && nodeType[out - 1] === wordType) {
      let lastWord = -1
      for (let position = index; position < nodes; position++) {
        if (nodeType[position] === wordType) lastWord = position
        else if (!(list.isMark(position) && isInnerSymbol(list, position))) break
      }
      if (lastWord >= 0) {
        nodeLast[out - 1] = nodeLast[lastWord]
        index = lastWord + 1
        continue
      }
    }
    list.move(index++, out++)
  }
  list.nodes = out
}

/** parse-latin `mergeInnerWordSlash`: "/" between short words ("and/or" stays apart, "A/C" joins). */
function mergeInnerWordSlashes(list: TokenList): void {
  const {nodeType, nodeLast, nodes} = list
  let out = 0
  let index = 0
  while (index < nodes) {
    if (out > 0 && nodeType[out - 1] === wordType && list.isMark(index) && list.isCharacter(index, 0x2f)) {
      const next = index + 1
      const hasWord = next < nodes && nodeType[next] === wordType
      const previousLength = list.end(out - 1) - list.start(out - 1)
      if (previousLength < 3 && (!hasWord || list.end(next) - list.start(next) < 3)) {
        nodeLast[out - 1] = nodeLast[hasWord ? next : index]
        index += hasWord ? 2 : 1
        continue
      }
    }
    list.move(index++, out++)
  }
  list.nodes = out
}

/** parse-latin `mergeInitialisms`: the full stop after "U.S" or "J.R.R" (single letters and dots, not all digits) joins it. */
function mergeInitialisms(list: TokenList): void {
  const {nodeType, nodeLast, nodes} = list
  let out = 0
  for (let index = 0; index < nodes; index++) {
    if (out > 0 && nodeType[index] === punctuationType && list.isCharacter(index, 0x2e) && nodeType[out - 1] === wordType && isInitialism(list, out - 1)) {
      nodeLast[out - 1] = nodeLast[index]
      continue
    }
    list.move(index, out++)
  }
  list.nodes = out
}

/** The word's children (its tokens) alternate one character and "." from the end, and not all those characters are digits. */
function isInitialism(list: TokenList, word: number): boolean {
  const first = list.nodeFirst[word]
  const count = list.nodeLast[word] - first + 1
  if (count === 1 || count % 2 === 0) return false
  const {tokenStart, text} = list
  let allDigits = true
  for (let position = count - 1; position >= 0; position--) {
    const token = first + position
    const start = tokenStart[token]
    const length = tokenStart[token + 1] - start
    if (position % 2 === 0) {
      if (length > 1) return false
      if (!isNumerical(text.charCodeAt(start))) allDigits = false
    } else if (!(length === 1 && text.charCodeAt(start) === 0x2e)) {
      if (position < count - 2) break
      return false
    }
  }
  return !allDigits
}
