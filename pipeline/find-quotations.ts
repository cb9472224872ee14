/**
 * Direct quotations: quote marks paired per paragraph (`quote-marks.ts`), then
 * what is not a quotation of speech left out (`quote-kinds.ts`: titles of
 * works, scare quotes, nicknames, fragments inside paraphrase). Quotes inside
 * a social post paragraph are the post's own business. Writes
 * `article.quotations` with ids `quote-1`, `quote-2`, ... in reading order.
 */
import {pairQuoteMarks} from './quote-marks.ts'
import {isSpeech} from './quote-kinds.ts'
import type {RemarkPlugin} from './types.ts'

const findQuotations: RemarkPlugin = function () {
  return function (_tree, file) {
    const article = file.data.article!
    const text = String(file.value)
    const skip = new Set(article.socialPosts.map((post) => post.paragraph))
    const quotes = pairQuoteMarks(text, article.paragraphs, skip).filter((quote) => isSpeech(text, quote))
    article.quotations = quotes.map((quote, index) => ({
      id: `quote-${index + 1}`,
      start: quote.pieces[0].start,
      end: quote.pieces[quote.pieces.length - 1].end,
      // A copy of exactly its length: the scanner's array, grown by push, reserves 17 slots.
      pieces: quote.pieces.slice()
    }))
  }
}

export default findQuotations
