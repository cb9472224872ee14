/**
 * Dates in the body, each resolved to a calendar day (YYYY-MM-DD) in
 * `file.data.article.dates`: absolute dates (`June 29, 2017`, `Jan. 5, 2016`,
 * `2017-06-30`, `6/29/2017`), month and day without a year (in the year
 * closest to publication; famous days like `9/11` in their own), weekdays,
 * `yesterday` / `today` / `tomorrow` and named holidays
 * (`lexicon/holidays.json`), the last four against `meta.datePublished` and
 * only when it is known (see `date-forms.ts`). An impossible day (`Feb. 30`)
 * is skipped. A date never overlaps an entity
 * mention or another date; a social post's date is found like any other.
 */
import {ParseEnglish} from 'parse-english'
import holidayData from './lexicon/holidays.json' with {type: 'json'}
import type {RemarkPlugin} from './types.ts'
import {sharedParagraphWords, type Word} from './gazetteer-words.ts'
import {createPhraseIndex} from './gazetteer-phrases.ts'
import {formatDay, parseIsoDay, type Day} from './date-calendar.ts'
import {
  mayStartDate,
  readCalendarDate,
  readHoliday,
  readRelativeDay,
  readWeekday,
  type DateReading,
  type Holiday
} from './date-forms.ts'
import {Occupancy, takenSpans} from './gazetteer-candidates.ts'
import {sortByOffset} from './offset-sort.ts'

/** Resolves dates. */
const resolveDates: RemarkPlugin = function () {
  const parser = new ParseEnglish()
  const pairs: Array<[string, Holiday]> = []
  for (const {words, ...holiday} of holidayData.holidays as Array<Holiday & {words: string[]}>) {
    for (const name of words) pairs.push([name, holiday])
  }
  const holidays = createPhraseIndex(parser, pairs)

  return function (_tree, file) {
    const article = file.data.article!
    const published = article.meta.datePublished ? parseIsoDay(article.meta.datePublished) : undefined
    const occupied = new Occupancy(String(file.value).length, takenSpans(article))
    for (const words of sharedParagraphWords(file)) {
      let at = 0
      while (at < words.length) {
        const reading =
          mayStartDate(words[at])
            ? readCalendarDate(words, at, published) ??
              withCalendarDate(words, readWeekday(words, at, published), published) ??
              readRelativeDay(words, at, published) ??
              readHoliday(holidays, words, at, published)
            : undefined
        if (!reading) {
          at++
          continue
        }
        const span = {start: words[reading.from].start, end: reading.end ?? words[reading.to - 1].end}
        if (occupied.isFree(span)) {
          occupied.add(span)
          article.dates.push({...span, value: formatDay(reading.day)})
        }
        at = reading.to
      }
    }
    // In place, in linear time (tens of thousands of dates on a 10 MB article).
    sortByOffset(article.dates, (date) => date.start).forEach((date, index) => (article.dates[index] = date))
  }
}

export default resolveDates

/** `Wednesday, June 28, 2017` is one date, the calendar's. */
function withCalendarDate(words: Word[], reading: DateReading | undefined, published: Day | undefined): DateReading | undefined {
  if (!reading) return undefined
  const comma = words[reading.to]
  if (comma?.value !== ',' || comma.spaceBefore || !words[reading.to + 1]) return reading
  const calendar = readCalendarDate(words, reading.to + 1, published)
  return calendar ? {...calendar, from: reading.from} : reading
}
