/**
 * The headline when neither a title line nor front matter gives one: the
 * lead's first sentence (after the dateline), cut at a word boundary to at
 * most `maxLength` characters. An inferred headline is a guess, so it is
 * always reported as a warning.
 */
import {placeOf} from './place.ts'
import type {RemarkPlugin} from './types.ts'

export interface Options {
  /** Longest inferred headline, in characters (default 110, Google's old limit). */
  maxLength?: number
}

const source = 'infer-headline'

// Built once per process: cutting counts user-perceived characters
// (graphemes), so a flag or a ZWJ emoji sequence is never split.
const graphemes = new Intl.Segmenter('en', {granularity: 'grapheme'})
// Text whose code units are each a whole grapheme: below the combining marks
// (U+0300), or general punctuation other than joiners (dashes, curly quotes).
// No CR: newlines are LF by then.
const simpleCharacters = /^[\u0000-\u000c\u000e-\u02ff\u2010-\u2027\u2030-\u205e]*$/

/** Cuts `text` at the last word boundary within `maxLength` graphemes. */
export function cutAtWord(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text
  const head = text.slice(0, maxLength + 1)
  let units: string[]
  if (simpleCharacters.test(head)) {
    // Every code unit is a character of its own: no need for the segmenter
    // (0.2 ms a call, twice per article).
    units = head.split('')
  } else {
    units = []
    for (const {segment} of graphemes.segment(text)) {
      units.push(segment)
      if (units.length > maxLength) break
    }
  }
  if (units.length <= maxLength) return text
  let space = -1
  for (let index = maxLength; index > 0; index--) {
    if (/^\s$/.test(units[index])) {
      space = index
      break
    }
  }
  const cut = units.slice(0, space > 0 ? space : maxLength).join('')
  return cut.replace(/[\s,;:—–-]+$/u, '')
}

const inferHeadline: RemarkPlugin<Options> = function (options) {
  const maxLength = options?.maxLength ?? 110
  return function (_tree, file) {
    const article = file.data.article!
    if (article.meta.headline !== undefined) return
    const lead = article.paragraphs[0]
    if (!lead) return
    const text = String(file.value)
    const from = article.meta.dateline?.end ?? lead.start
    const sentence = article.sentences.find((s) => s.end > from && /[\p{L}\p{N}]/u.test(text.slice(Math.max(s.start, from), s.end)))
    const end = sentence ? sentence.end : lead.end
    const leadText = text.slice(from, end).replace(/\s+/g, ' ').trim()
    const headline = cutAtWord(leadText, maxLength).replace(/[.]$/, '')
    if (headline === '') return
    article.meta.headline = headline
    article.meta.headlineInferred = true
    file.message(`Unexpected article without a headline, expected a title line or front matter \`headline\`; inferred from the lead: “${headline}”`, {
      place: placeOf(file, {start: from, end}),
      ruleId: 'headline-inferred',
      source
    })
  }
}

export default inferHeadline
