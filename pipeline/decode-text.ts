/**
 * Bytes to article text: strict UTF-8, the BOM dropped, CRLF and lone CR made
 * LF, and the characters the policy removes (C0/C1 controls other than tab and
 * newline, bidi overrides and isolates) taken out and reported. Everything
 * else, zero-width joiners and astral characters included, is kept as it is.
 */
import type {VFile} from 'vfile'

const source = 'decode-text'
const strictDecoder = new TextDecoder('utf-8', {fatal: true})

/** Where a byte sequence stops being valid UTF-8 (the decoder does not say). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index]
    let length = 0
    let min = 0
    if (byte < 0x80) length = 1
    else if (byte >= 0xc2 && byte <= 0xdf) (length = 2), (min = 0x80)
    else if (byte >= 0xe0 && byte <= 0xef) (length = 3), (min = 0x800)
    else if (byte >= 0xf0 && byte <= 0xf4) (length = 4), (min = 0x10000)
    else return index
    if (index + length > bytes.length) return index
    let code = length === 1 ? byte : byte & (0xff >> (length + 1))
    for (let offset = 1; offset < length; offset++) {
      const next = bytes[index + offset]
      if ((next & 0xc0) !== 0x80) return index
      code = (code << 6) | (next & 0x3f)
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return index
    index += length
  }
  return -1
}

/**
 * The 1-based line and column of a byte offset: the column counts UTF-16
 * units, as every other position does (the bytes before it on its line are
 * valid UTF-8, so they decode).
 */
function bytePoint(bytes: Uint8Array, offset: number) {
  let line = 1
  let lineStart = 0
  for (let index = 0; index < offset; index++) {
    if (bytes[index] === 0x0a) (line += 1), (lineStart = index + 1)
  }
  const column = new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1
  return {line, column, offset}
}

// Characters removed from article text: C0 and C1 controls except tab and
// newline, DEL, the bidi embeddings/overrides/isolates, and the Unicode
// noncharacters (U+FDD0-U+FDEF and U+xFFFE/U+xFFFF of every plane: "not for
// interchange", and an HTML parse error). Two fixed-width branches, no
// quantifier: linear.
const removedCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/g

/** The same class as `removedCharacter`, by code (the per-character scan of `reportRemoved`). */
function isRemovedCode(code: number): boolean {
  return (code <= 0x1f && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) ||
    (code >= 0xfdd0 && code <= 0xfdef) || code === 0xfffe || code === 0xffff
}

/** The astral noncharacters U+1FFFE ... U+10FFFF, as a surrogate pair at `index`. */
function isRemovedPair(text: string, index: number): boolean {
  const high = text.charCodeAt(index)
  const low = text.charCodeAt(index + 1)
  return high >= 0xd83f && high <= 0xdbff && (high & 0x3f) === 0x3f && (low === 0xdffe || low === 0xdfff)
}

/** Removes what the policy removes from a string that did not come through `decodeArticle` (front matter values). */
export function removeControls(value: string): string {
  return value.replace(removedCharacter, '')
}

/** Whether a string has a character the policy removes. */
export function hasControls(value: string): boolean {
  removedCharacter.lastIndex = 0
  const found = removedCharacter.test(value)
  removedCharacter.lastIndex = 0
  return found
}

// A UTF-16 code unit of a surrogate pair without its other half. Each branch
// is one unit and a fixed-width look-around: linear.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** Past this many warnings about removed characters, one summary stands for the rest. */
const maxRemovedWarnings = 100

/**
 * Decodes `file.value` in place. Fails the file on invalid UTF-8 or a size over
 * `maxBytes`; warns for each removed character, at its place in the original.
 */
export function decodeArticle(file: VFile, maxBytes: number): string {
  const value = file.value
  let text: string
  if (typeof value === 'string') {
    const size = Buffer.byteLength(value)
    if (size > maxBytes) failTooLarge(file, size, maxBytes)
    // A string (API input) can hold what no UTF-8 file can: half a surrogate pair.
    const lone = loneSurrogate.exec(value)
    if (lone) {
      const at = stringPoint(value, lone.index)
      file.fail(`Unexpected lone surrogate U+${value.charCodeAt(lone.index).toString(16).toUpperCase()} at character ${lone.index}, expected well-formed Unicode text`, {
        place: at,
        ruleId: 'invalid-utf8',
        source
      })
    }
    text = value
  } else {
    if (value.byteLength > maxBytes) failTooLarge(file, value.byteLength, maxBytes)
    try {
      text = strictDecoder.decode(value)
    } catch {
      const offset = firstInvalidUtf8(value)
      const at = bytePoint(value, offset < 0 ? 0 : offset)
      file.fail(`Unexpected invalid UTF-8 at byte ${at.offset}, expected a UTF-8 encoded text`, {
        place: {line: at.line, column: at.column},
        ruleId: 'invalid-utf8',
        source
      })
    }
  }

  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n')

  removedCharacter.lastIndex = 0
  if (removedCharacter.test(text)) {
    reportRemoved(file, text)
    text = text.replace(removedCharacter, '')
  }
  file.value = text
  return text
}

function failTooLarge(file: VFile, size: number, maxBytes: number): never {
  file.fail(
    `Unexpected article of ${size} bytes, expected at most ${maxBytes} (the \`maxBytes\` option)`,
    {place: {line: 1, column: 1}, ruleId: 'too-large', source}
  )
}

/** The 1-based line and column of a UTF-16 offset in a string. */
function stringPoint(text: string, offset: number) {
  let line = 1
  let lineStart = 0
  for (let index = text.indexOf('\n'); index >= 0 && index < offset; index = text.indexOf('\n', index + 1)) {
    line += 1
    lineStart = index + 1
  }
  return {line, column: offset - lineStart + 1}
}

/**
 * One warning per run of removed characters, placed in the text before
 * removal; after `maxRemovedWarnings`, one more says how many runs are left,
 * so a file of alternating controls cannot make millions of messages.
 */
function reportRemoved(file: VFile, text: string) {
  let line = 1
  let column = 1
  let runStart: {line: number; column: number} | undefined
  let runChars: string[] = []
  let warnings = 0
  let unreported = 0
  let firstUnreported: {line: number; column: number} | undefined
  const flush = () => {
    if (!runStart) return
    if (warnings >= maxRemovedWarnings) {
      unreported++
      firstUnreported ??= runStart
      runStart = undefined
      runChars = []
      return
    }
    warnings++
    const names = [...new Set(runChars)].map((c) => 'U+' + c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0'))
    file.message(`Unexpected control, bidi or noncharacter ${names.join(', ')}, removed`, {
      place: runStart,
      ruleId: 'removed-character',
      source
    })
    runStart = undefined
    runChars = []
  }
  for (let index = 0; index < text.length; index++) {
    const pair = isRemovedPair(text, index)
    const char = pair ? text.slice(index, index + 2) : text[index]
    if (pair || isRemovedCode(text.charCodeAt(index))) {
      if (!runStart) runStart = {line, column}
      if (runChars.length < 1000) runChars.push(char)
    } else flush()
    if (char === '\n') (line += 1), (column = 1)
    else column += char.length
    if (pair) index++
  }
  flush()
  if (firstUnreported) {
    file.message(`Unexpected ${unreported} more runs of control, bidi or noncharacters, removed`, {
      place: firstUnreported,
      ruleId: 'removed-character',
      source
    })
  }
}
