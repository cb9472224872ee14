/**
 * What speaker attribution looks at: each paragraph's words in order, which
 * entity mention (if any) every word belongs to, and which words stand inside
 * a quotation. Built once per article from `article.sentences`.
 */
import {articleWords, type Word} from './people-words.ts'
import type {ArticleData, Entity, Mention, Span} from './types.ts'

export interface MentionRef {
  entity: Entity
  mention: Mention
}

export interface ParagraphWords {
  index: number
  words: Word[]
  /** For each word, the mention it lies in. */
  mentionOf: Array<MentionRef | undefined>
  /** For each word, whether it lies inside a quotation piece. */
  quoted: boolean[]
  /** The article text of a span. */
  text: (span: Span) => string
}

export interface SpeakerContext {
  article: ArticleData
  text: string
  paragraphs: ParagraphWords[]
}

export function buildContext(article: ArticleData, text: string): SpeakerContext {
  const byParagraph = new Map<number, Word[]>()
  const sentenceWords = articleWords(article.sentences)
  article.sentences.forEach((sentence, index) => {
    const list = byParagraph.get(sentence.paragraph) ?? []
    for (const word of sentenceWords[index]) list.push(word) // not push(...): a 1 MB sentence overflows the stack
    byParagraph.set(sentence.paragraph, list)
  })
  const mentions: MentionRef[] = article.entities
    .flatMap((entity) => entity.mentions.map((mention) => ({entity, mention})))
    .sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end)
  const pieces = article.quotations.flatMap((q) => q.pieces).sort((a, b) => a.start - b.start)
  const paragraphs = article.paragraphs.map((paragraph) => {
    const words = byParagraph.get(paragraph.index) ?? []
    return {index: paragraph.index, words, mentionOf: assign(words, mentions), quoted: insidePieces(words, pieces), text: (span: Span) => text.slice(span.start, span.end)}
  })
  return {article, text, paragraphs}
}

/** Two-pointer assignment of words to the (person first) mention covering them. */
function assign(words: Word[], mentions: MentionRef[]): Array<MentionRef | undefined> {
  const result: Array<MentionRef | undefined> = []
  let cursor = 0
  for (const word of words) {
    while (cursor < mentions.length && mentions[cursor].mention.end <= word.start) cursor++
    let found: MentionRef | undefined
    for (let k = cursor; k < mentions.length && mentions[k].mention.start <= word.start; k++) {
      const ref = mentions[k]
      if (ref.mention.end >= word.end && (!found || (ref.entity.type === 'Person' && found.entity.type !== 'Person'))) found = ref
    }
    result.push(found)
  }
  return result
}

/** For each word, whether a piece covers it; pieces are sorted and never overlap. */
function insidePieces(words: Word[], pieces: Span[]): boolean[] {
  let cursor = 0
  return words.map((word) => {
    while (cursor < pieces.length && pieces[cursor].end < word.end) cursor++
    const piece = pieces[cursor]
    return piece !== undefined && piece.start <= word.start && word.end <= piece.end
  })
}

/** Index of the first word starting at or after `offset` (words.length if none). */
export function wordAt(words: Word[], offset: number): number {
  let low = 0
  let high = words.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (words[mid].start < offset) low = mid + 1
    else high = mid
  }
  return low
}
