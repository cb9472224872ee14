/**
 * The ways a text names a day, read token by token from one paragraph's
 * words: `June 29, 2017`, `Nov. 19`, `29 June 2017`, `2017-06-30`, `6/29/2017`,
 * `(next|last) Wednesday`, `yesterday`, `Independence Day`. Each reader
 * returns the words it used and the day, or nothing; a day that depends on
 * the publication day is only read when that day is known.
 */
import weekdayData from './lexicon/weekdays.json' with {type: 'json'}
import relativeData from './lexicon/dates-relative.json' with {type: 'json'}
import eventData from './lexicon/dates-events.json' with {type: 'json'}
import holidayData from './lexicon/holidays.json' with {type: 'json'}
import type {PhraseIndex} from './gazetteer-phrases.ts'
import {isLowercase, type Word} from './gazetteer-words.ts'
import {addDays, closestToPublication, type Day, latestYear, monthNumbers, nearestYear, parseIsoDay, validDay, weekday} from './date-calendar.ts'

/** A day read at some words. */
export interface DateReading {
  /** Index of the first word used. */
  from: number
  /** Index after the last word used. */
  to: number
  day: Day
  /** End offset when it is not the last word's end (`Jan. 2.`: the period is not the date's). */
  end?: number
}

/** A holiday: a fixed day, or the first `weekday` on or after day `onOrAfter`. */
export interface Holiday {
  month: number
  day?: number
  weekday?: number
  onOrAfter?: number
}

const weekdays = new Map(Object.entries(weekdayData.weekdays as Record<string, number>))
const after = new Set(weekdayData.after)
const strictlyBefore = new Set(weekdayData.strictlyBefore)
const futureCues = new Set(weekdayData.futureCues)
/** How many words before a weekday a future cue may stand (`will travel to Iowa on Monday`). */
const futureReach = 8
const events = new Map(eventData.events.map((event) => [`${event.month}-${event.day}`, event.year]))
const notModifiers = new Set(eventData.notModifiers)
const relativeDays = new Map(Object.entries(relativeData.days as Record<string, number>))
/** First characters of the relative days: a lower-case word starting otherwise is none. */
const relativeInitials = new Set([...relativeDays.keys()].map((day) => day.charCodeAt(0)))

/**
 * `29` or `29th` -> 29. parse-english keeps a sentence's final period on a
 * number (`Jan. 2.`): it is allowed, and left out of the date.
 */
function dayNumber(word: Word | undefined): number | undefined {
  if (!word || word.kind !== 'word' || !word.spaceBefore) return undefined
  const match = /^(\d{1,2})(?:st|nd|rd|th)?\.?$/.exec(word.value)
  return match ? Number(match[1]) : undefined
}

/** The end of a day number without a final period. */
function numberEnd(word: Word): number {
  return word.value.endsWith('.') ? word.end - 1 : word.end
}

/** `, 2017` or ` 2017` at `words[at]`: [year, words used]. */
function yearAt(words: Word[], at: number): [number, number] | undefined {
  let index = at
  if (words[index]?.value === ',' && !words[index].spaceBefore) index++
  const word = words[index]
  if (!word || !word.spaceBefore || !/^\d{4}$/.test(word.value)) return undefined
  return [Number(word.value), index + 1 - at]
}

/**
 * An absolute date at `words[at]`: `Month D[, YYYY]`, `D Month YYYY` or
 * `YYYY-MM-DD`. Without a year, the day goes in the year closest to the
 * publication day (none when that is unknown).
 */
export function readCalendarDate(words: Word[], at: number, published: Day | undefined): DateReading | undefined {
  const word = words[at]
  // The numeric forms start with a digit: other words skip their expressions.
  const initial = word.value.charCodeAt(0)
  const digit = initial >= 48 && initial <= 57
  if (digit && /^\d{4}-\d{2}-\d{2}$/.test(word.value)) {
    const day = parseIsoDay(word.value)
    return day ? {from: at, to: at + 1, day} : undefined
  }
  const month = monthNumbers.get(word.value)
  if (month !== undefined) {
    const dayOfMonth = dayNumber(words[at + 1])
    if (dayOfMonth === undefined || words[at + 1].sentenceStart) return undefined
    const year = words[at + 1].value.endsWith('.') ? undefined : yearAt(words, at + 2)
    if (year) {
      const day = validDay(year[0], month, dayOfMonth)
      return day ? {from: at, to: at + 2 + year[1], day} : undefined
    }
    const event = eventYear(words, at + 2, month, dayOfMonth)
    // "since Jan. 1", "between Jan. 1 and Sept. 18": a span that has begun by publication.
    const begun = at > 0 && (words[at - 1].value.toLowerCase() === 'since' || words[at - 1].value.toLowerCase() === 'between')
    const day = event ? validDay(event, month, dayOfMonth) : published ? (begun ? latestYear : nearestYear)(month, dayOfMonth, published) : undefined
    return day ? {from: at, to: at + 2, day, end: numberEnd(words[at + 1])} : undefined
  }
  if (!digit) return undefined
  const numeric = /^(\d{1,2})\/(\d{1,2})$/.exec(word.value)
  if (numeric) return readNumericDate(words, at, Number(numeric[1]), Number(numeric[2]))
  // "29 June 2017": only with a year, so that "5 May" in a list is not misread.
  const dayOfMonth = /^\d{1,2}$/.test(word.value) ? Number(word.value) : undefined
  const monthAfter = words[at + 1]?.spaceBefore ? monthNumbers.get(words[at + 1].value) : undefined
  if (dayOfMonth !== undefined && monthAfter !== undefined) {
    const year = yearAt(words, at + 2)
    const day = year ? validDay(year[0], monthAfter, dayOfMonth) : undefined
    return day && year ? {from: at, to: at + 2 + year[1], day} : undefined
  }
  return undefined
}

/**
 * `6/29/2017` (American order). Without a year only a famous day counts
 * (`9/11`): `3/4` is more often a fraction than a date.
 */
function readNumericDate(words: Word[], at: number, month: number, dayOfMonth: number): DateReading | undefined {
  const slash = words[at + 1]
  const year = words[at + 2]
  if (slash?.value === '/' && !slash.spaceBefore && year && !year.spaceBefore && /^\d{4}$/.test(year.value)) {
    const day = validDay(Number(year.value), month, dayOfMonth)
    return day ? {from: at, to: at + 3, day} : undefined
  }
  const famous = events.get(`${month}-${dayOfMonth}`)
  const day = famous === undefined ? undefined : validDay(famous, month, dayOfMonth)
  return day ? {from: at, to: at + 1, day} : undefined
}

/** The year of a famous day named by month and day as a modifier (`Sept. 11 attacks`). */
function eventYear(words: Word[], next: number, month: number, dayOfMonth: number): number | undefined {
  const year = events.get(`${month}-${dayOfMonth}`)
  const word = words[next]
  if (year === undefined || !word || word.kind !== 'word' || !word.spaceBefore || words[next - 1].value.endsWith('.')) return undefined
  return isLowercase(word.value) && !notModifiers.has(word.value) ? year : undefined
}

/**
 * A weekday at `words[at]`, with `next`/`last` before it, resolved against
 * the publication day: bare, the most recent such day on or before it
 * (`On Wednesday` in a Friday story is two days before), or on or after it
 * when the sentence speaks of the future (`will`); `next` strictly after,
 * `last` strictly before. `Wednesday, June 28` is left to the calendar date.
 */
export function readWeekday(words: Word[], at: number, published: Day | undefined): DateReading | undefined {
  const value = withoutPossessive(words[at].value)
  const target = weekdays.get(value)
  if (target === undefined || !published) return undefined
  const previous = at > 0 && !words[at].sentenceStart && words[at].spaceBefore ? words[at - 1] : undefined
  const today = weekday(published)
  const back = (today - target + 7) % 7
  const ahead = (target - today + 7) % 7
  const end = words[at].start + value.length
  if (previous && after.has(previous.value)) return {from: at - 1, to: at + 1, end, day: addDays(published, ahead || 7)}
  if (previous && strictlyBefore.has(previous.value)) {
    return {from: at - 1, to: at + 1, end, day: addDays(published, -(back || 7))}
  }
  const offset = speaksOfFuture(words, at) ? ahead : -back
  return {from: at, to: at + 1, end, day: addDays(published, offset)}
}

/**
 * A future cue (`will`, `’ll`) shortly before the weekday in the same clause:
 * no punctuation between (`Trump, who will speak in Ohio, said Monday` is past).
 */
function speaksOfFuture(words: Word[], at: number): boolean {
  for (let index = at - 1; index >= 0 && index > at - futureReach; index--) {
    const word = words[index]
    if (word.kind !== 'word') return false
    const value = word.value.toLowerCase()
    if (futureCues.has(value) || value.endsWith('’ll') || value.endsWith("'ll")) return true
    if (word.sentenceStart) return false
  }
  return false
}

/**
 * Whether a date can start at this word: a capital or a digit, or a relative
 * day (`yesterday`). Most words are neither, and the readers are skipped.
 */
export function mayStartDate(word: Word): boolean {
  if (word.kind !== 'word') return false
  if (!isLowercase(word.value)) return true
  // A lower-case letter starts the word, so the possessive cut keeps it.
  return relativeInitials.has(word.value.charCodeAt(0)) && relativeDays.has(withoutPossessive(word.value))
}

/** `yesterday`, `today`, `tomorrow`. */
export function readRelativeDay(words: Word[], at: number, published: Day | undefined): DateReading | undefined {
  const value = withoutPossessive(words[at].value)
  const offset = relativeDays.get(value)
  if (offset === undefined || !published || nowadays(words, at, value)) return undefined
  return {from: at, to: at + 1, end: words[at].start + value.length, day: addDays(published, offset)}
}

/** Words before "today" / "tomorrow" that make it the present or the future, not a day: "even today", "a brighter tomorrow". */
const generalBefore = new Set(['even', 'of', 'a', 'an', 'the', 'brighter', 'better'])
const modals = new Set(['can', 'could', 'may', 'might', 'must', 'will', 'would', 'should'])

/**
 * "Today, Mr. Cruz serves as...", "even today", "of today's earnings",
 * "a brighter tomorrow", "tomorrow can be different", "Russia Today": the
 * word names the present time, a future or a network, not a calendar day.
 */
function nowadays(words: Word[], at: number, value: string): boolean {
  const word = words[at]
  // "Russia Today", "Trending Today USA": capitalised after a capitalised word, part of a name.
  if (!word.sentenceStart && /^[TY]/.test(value) && at > 0 && /^\p{Lu}/u.test(words[at - 1].value)) return true
  const next = words[at + 1]
  const opens = word.sentenceStart || (at > 0 && ['“', '"', "''", '‘'].includes(words[at - 1].value))
  if (opens && value === 'Today' && next?.value === ',') return true
  if (at > 0 && generalBefore.has(words[at - 1].value.toLowerCase())) return true
  return value.toLowerCase() === 'tomorrow' && next !== undefined && modals.has(next.value)
}

/** `Monday’s` -> `Monday`: the day is the date, the possessive is not. */
function withoutPossessive(value: string): string {
  // Asked of many words ("the", "that", "to"...): one code test refuses most before the string tests.
  if (value.charCodeAt(value.length - 1) !== 0x73) return value
  return value.endsWith('’s') || value.endsWith("'s") ? value.slice(0, -2) : value
}

const holidayThings = new Set(holidayData.things)

/** A named holiday, in the year closest to the publication day (as `nearestYear`). */
export function readHoliday(
  holidays: PhraseIndex<Holiday>,
  words: Word[],
  at: number,
  published: Day | undefined
): DateReading | undefined {
  if (!published) return undefined
  const match = holidays.matchAt(words, at)
  if (!match) return undefined
  // "Christmas trees", "a Thanksgiving turkey": the holiday names a kind of thing, not a day.
  const next = words.slice(match.to, match.to + 2).find((word) => word.kind === 'word')
  if (next && holidayThings.has(next.value)) return undefined
  const holiday = match.payload
  const day = closestToPublication([0, -1, 1].map((offset) => holidayIn(holiday, published.year + offset)), published)
  return day ? {from: match.from, to: match.to, end: match.end, day} : undefined
}

function holidayIn(holiday: Holiday, year: number): Day | undefined {
  if (holiday.day !== undefined) return validDay(year, holiday.month, holiday.day)
  if (holiday.weekday === undefined || holiday.onOrAfter === undefined) return undefined
  const first = validDay(year, holiday.month, holiday.onOrAfter)
  if (!first) return undefined
  return addDays(first, (holiday.weekday - weekday(first) + 7) % 7)
}
