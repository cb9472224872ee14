/**
 * Where mentions already stand, for refusing overlaps in O(log n): people's
 * mentions never overlap each other (kept sorted per paragraph); other
 * entities' mentions (places, organizations) may nest with a person's but not
 * cross it (kept sorted once, searched within their longest length).
 */
import type {ArticleData, Mention, Paragraph, Span} from './types.ts'
import {firstStartingAt} from './lower-bound.ts'
import {sortByOffset} from './offset-sort.ts'

export class MentionIndex {
  private readonly others: readonly Span[]
  private readonly longestOther: number
  /** People's mentions by paragraph, at the paragraph's index + 1 (a mention before the first paragraph goes first). */
  private readonly people: (Span[] | undefined)[]
  /** The paragraph `paragraphAt` found last: mentions come mostly in reading order, so the next one is usually in it. */
  private lastParagraph = -1
  /** The answer `firstOtherAt` gave last. */
  private lastOther = 0

  /** `others` and `people` sorted by start (`mentionsByStart`). */
  constructor(private readonly paragraphs: Paragraph[], others: readonly Span[], people: readonly Span[]) {
    this.people = new Array(paragraphs.length + 1)
    this.others = others
    this.longestOther = this.others.reduce((max, m) => Math.max(max, m.end - m.start), 0)
    people.forEach((mention) => this.bucket(mention.start).push(mention))
  }

  /**
   * An index of the article's mentions: people's on one side, everyone else's
   * on the other (`sortedOthers` when the caller has them sorted already).
   */
  static of(article: ArticleData, sortedOthers?: readonly Span[]): MentionIndex {
    const people = mentionsByStart(article.entities.filter((e) => e.type === 'Person').map((e) => e.mentions))
    const others = sortedOthers ?? mentionsByStart(article.entities.filter((e) => e.type !== 'Person').map((e) => e.mentions))
    return new MentionIndex(article.paragraphs, others, people)
  }

  private bucket(offset: number): Span[] {
    const slot = this.paragraphAt(offset) + 1
    let list = this.people[slot]
    if (!list) {
      list = []
      this.people[slot] = list
    }
    return list
  }

  /**
   * The index of the first other mention starting at or after `offset`, as
   * `firstStartingAt` finds it. Mentions come mostly in reading order, so the
   * search starts with a few steps forward from the last answer.
   */
  private firstOtherAt(offset: number): number {
    const others = this.others
    // Every mention before `at` starts before `offset`.
    let at = this.lastOther
    if (at > 0 && others[at - 1].start >= offset) at = 0
    for (let steps = 0; steps < 8 && at < others.length && others[at].start < offset; steps++) at++
    if (at < others.length && others[at].start < offset) {
      let high = others.length
      while (at < high) {
        const middle = (at + high) >> 1
        if (others[middle].start < offset) at = middle + 1
        else high = middle
      }
    }
    this.lastOther = at
    return at
  }

  /** The index of the last paragraph starting at or before the offset (-1 if none). */
  private paragraphAt(offset: number): number {
    const last = this.lastParagraph
    const paragraphs = this.paragraphs
    if (last >= 0 && paragraphs[last].start <= offset && (last + 1 === paragraphs.length || paragraphs[last + 1].start > offset)) return last
    this.lastParagraph = firstStartingAt(paragraphs, offset + 1) - 1
    return this.lastParagraph
  }

  /** True when the mention would cross another entity's mention or touch a person's. */
  blocked(mention: Span, nestingAllowed: boolean): boolean {
    const list = this.bucket(mention.start)
    const at = firstStartingAt(list, mention.start)
    if (at < list.length && list[at].start < mention.end) return true
    if (at > 0 && list[at - 1].end > mention.start) return true
    for (let k = this.firstOtherAt(mention.start - this.longestOther); k < this.others.length && this.others[k].start < mention.end; k++) {
      const other = this.others[k]
      if (other.end <= mention.start) continue
      const nested = (other.start <= mention.start && mention.end <= other.end) || (mention.start <= other.start && other.end <= mention.end)
      if (!nested || !nestingAllowed) return true
    }
    return false
  }

  /** Records a person's mention (call after `blocked` said no). */
  add(mention: Mention): void {
    const list = this.bucket(mention.start)
    const at = firstStartingAt(list, mention.start)
    // Mentions come mostly in reading order: a push, not a splice.
    if (at === list.length) list.push(mention)
    else list.splice(at, 0, mention)
  }
}

/**
 * The mentions of several entities in one new list sorted by start; equal
 * starts keep their order (the earlier list's first): a stable sort of the
 * lists joined, in linear time (`sortByOffset`).
 */
export function mentionsByStart<T extends {readonly start: number}>(lists: readonly (readonly T[])[]): T[] {
  return sortByOffset(lists.flat() as T[], (mention) => mention.start)
}
