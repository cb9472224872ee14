/**
 * Calendar arithmetic on plain days, in UTC so that no time zone moves a day.
 * A day that does not exist (Feb. 30) is refused, never rolled over the way
 * `new Date('2017-02-30')` rolls it into March.
 */
import monthData from './lexicon/months.json' with {type: 'json'}

/** A calendar day. */
export interface Day {
  year: number
  month: number
  day: number
}

/** `Jan.`, `January`, `Sept.` -> 1..12. */
export const monthNumbers = new Map(Object.entries(monthData.months as Record<string, number>))

/** The day, or undefined when it does not exist. */
export function validDay(year: number, month: number, day: number): Day | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined
  if (day > daysInMonth(year, month)) return undefined
  return {year, month, day}
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** `YYYY-MM-DD`. */
export function formatDay(day: Day): string {
  return `${String(day.year).padStart(4, '0')}-${pad(day.month)}-${pad(day.day)}`
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

/** Reads `YYYY-MM-DD` (or the date part of an ISO date-time); undefined when impossible. */
export function parseIsoDay(value: string): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(value)
  if (!match) return undefined
  return validDay(Number(match[1]), Number(match[2]), Number(match[3]))
}

/** Days since 1970-01-01. */
function serial(day: Day): number {
  return Date.UTC(day.year, day.month - 1, day.day) / 86_400_000
}

function fromSerial(value: number): Day {
  const date = new Date(value * 86_400_000)
  return {year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate()}
}

export function addDays(day: Day, count: number): Day {
  return fromSerial(serial(day) + count)
}

/** 0 = Sunday. */
export function weekday(day: Day): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay()
}

export function daysBetween(from: Day, to: Day): number {
  return serial(to) - serial(from)
}

/**
 * A month and day without a year, placed in the year that puts it closest to
 * the publication day: the publication year, or the year before (`Dec. 30`
 * in a story of Jan. 3) or after (`Feb. 1` caucuses in a story of Dec. 15).
 * Ties go to the publication year. Undefined when the day exists in none.
 */
export function nearestYear(month: number, dayOfMonth: number, published: Day): Day | undefined {
  return closestToPublication([0, -1, 1].map((offset) => validDay(published.year + offset, month, dayOfMonth)), published)
}

/** A month and day without a year, on or before the publication day: `since Jan. 1`. */
export function latestYear(month: number, dayOfMonth: number, published: Day): Day | undefined {
  const same = validDay(published.year, month, dayOfMonth)
  return same && daysBetween(published, same) <= 0 ? same : validDay(published.year - 1, month, dayOfMonth)
}

/** The candidate day nearest the publication day; the first wins a tie. */
export function closestToPublication(days: Array<Day | undefined>, published: Day): Day | undefined {
  let best: Day | undefined
  for (const day of days) {
    if (day && (!best || Math.abs(daysBetween(published, day)) < Math.abs(daysBetween(published, best)))) best = day
  }
  return best
}
