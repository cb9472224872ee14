import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import {VFile} from 'vfile'
import parseWireText from '../pipeline/parse-wire-text.ts'
import segmentSentences from '../pipeline/segment-sentences.ts'
import resolveDates from '../pipeline/resolve-dates.ts'
import type {RemarkPlugin} from '../pipeline/types.ts'
import {run} from './fixtures/entities/stages.ts'
import {nearestYear, validDay} from '../pipeline/date-calendar.ts'

/** A story published on Friday, June 30, 2017. */
const friday = (body: string) => ' date 2017-06-30 ' + body

describe('absolute dates', () => {
  it('reads month-day-year, AP abbreviations, day-month-year and ISO dates', () => {
    const {dates} = run(friday('It began June 29, 2017, then Jan. 5, 2016, then Sept. 1, 2015, 4 July 2016 and 2017-06-30 passed.'))
    expect(dates()).toEqual([
      ['June 29, 2017', '2017-06-29'],
      ['Jan. 5, 2016', '2016-01-05'],
      ['Sept. 1, 2015', '2015-09-01'],
      ['4 July 2016', '2016-07-04'],
      ['2017-06-30', '2017-06-30']
    ])
  })

  it('puts a month and day without a year in the publication year, or the year before or after when closer', () => {
    expect(run(friday('The vote on Nov. 19 and the one on March 3rd.')).dates()).toEqual([
      ['Nov. 19', '2017-11-19'],
      ['March 3rd', '2017-03-03']
    ])
    expect(run(' date 2016-01-03 It happened on Dec. 30 and Jan. 2.').dates()).toEqual([
      ['Dec. 30', '2015-12-30'],
      ['Jan. 2', '2016-01-02']
    ])
    expect(run(' date 2015-12-15 The caucuses start Feb. 1 and the filing closed July 1.').dates()).toEqual([
      ['Feb. 1', '2016-02-01'],
      ['July 1', '2015-07-01']
    ])
  })

  it('skips impossible dates instead of rolling them over', () => {
    expect(run(friday('Not Feb. 30, 2017, nor April 31, nor 2017-02-29, but Feb. 28.')).dates()).toEqual([['Feb. 28', '2017-02-28']])
    expect(validDay(2017, 2, 29)).toBeUndefined()
    expect(validDay(2016, 2, 29)).toEqual({year: 2016, month: 2, day: 29})
    expect(nearestYear(2, 30, {year: 2017, month: 6, day: 30})).toBeUndefined()
  })

  it('reads a famous day used as a modifier in its own year', () => {
    expect(run(friday('Since the Sept. 11 attacks, and on Sept. 11 he spoke, and on Sept. 11, 2012.')).dates()).toEqual([
      ['Sept. 11', '2001-09-11'],
      ['Sept. 11', '2017-09-11'],
      ['Sept. 11, 2012', '2012-09-11']
    ])
  })

  it('reads American numeric dates with a year, and a famous day without one, but not fractions', () => {
    expect(run(friday('On 6/29/2017, after 9/11, three of 3/4 and 2/30/2017.')).dates()).toEqual([
      ['6/29/2017', '2017-06-29'],
      ['9/11', '2001-09-11']
    ])
  })

  it('leaves a sentence’s final period out of the date', () => {
    expect(run(friday('It happened on Jan. 2. Then it rained.')).dates()).toEqual([['Jan. 2', '2017-01-02']])
  })

  it('does not read “May” or a number alone as a date', () => {
    expect(run(friday('He may go. She has 5 dogs. May I? In May the team won 29 games.')).dates()).toEqual([])
  })
})

describe('relative dates', () => {
  it('resolves a weekday to the most recent one up to the publication day', () => {
    expect(run(friday('On Wednesday the letter came. Friday it was answered. Saturday was quiet.')).dates()).toEqual([
      ['Wednesday', '2017-06-28'],
      ['Friday', '2017-06-30'],
      ['Saturday', '2017-06-24']
    ])
  })

  it('looks ahead for next, a future tense, and back past the same weekday for last', () => {
    expect(run(friday('They meet next Wednesday. The board will vote Monday. It was last Friday.')).dates()).toEqual([
      ['next Wednesday', '2017-07-05'],
      ['Monday', '2017-07-03'],
      ['last Friday', '2017-06-23']
    ])
  })

  it('reads a possessive weekday or today without the possessive', () => {
    expect(run(friday('After Monday’s debate and today\'s vote.')).dates()).toEqual([
      ['Monday', '2017-06-26'],
      ['today', '2017-06-30']
    ])
  })

  it('reads a future cue only in the weekday’s own clause', () => {
    expect(run(friday('Roe, who will speak in Ohio, said Monday that she had won.')).dates()).toEqual([['Monday', '2017-06-26']])
  })

  it('reads a weekday followed by its date as one date', () => {
    expect(run(friday('On Wednesday, June 28, 2017, it rained.')).dates()).toEqual([['Wednesday, June 28, 2017', '2017-06-28']])
  })

  it('resolves yesterday, today and tomorrow', () => {
    expect(run(friday('Yesterday he spoke, today he writes and tomorrow he leaves.')).dates()).toEqual([
      ['Yesterday', '2017-06-29'],
      ['today', '2017-06-30'],
      ['tomorrow', '2017-07-01']
    ])
  })

  it('resolves fixed and floating holidays in the closest year', () => {
    expect(run(friday('Celebrate Independence Day, then Labor Day and Christmas.')).dates()).toEqual([
      ['Independence Day', '2017-07-04'],
      ['Labor Day', '2017-09-04'],
      ['Christmas', '2017-12-25']
    ])
    expect(run(' date 2016-01-04 After Christmas Eve came New Year’s Day.').dates()).toEqual([
      ['Christmas Eve', '2015-12-24'],
      ['New Year’s Day', '2016-01-01']
    ])
  })

  it('does not read a holiday naming a kind of thing as a day', () => {
    expect(run(friday('Farmers shipped Christmas trees and a Thanksgiving turkey, then rested on Christmas.')).dates()).toEqual([
      ['Christmas', '2017-12-25']
    ])
  })

  it('resolves nothing relative without a publication date, but still reads full dates', () => {
    expect(run('On Wednesday, yesterday, on Nov. 19 and on Independence Day, not June 29, 2017.').dates()).toEqual([
      ['June 29, 2017', '2017-06-29']
    ])
  })
})

describe('dates and other annotations', () => {
  it('finds the social post’s date once, as its date', () => {
    const {article, dates} = run(friday('Intro.\n\nOur reply: no. — Jane Roe (@GovRoe) June 29, 2017'))
    expect(dates()).toEqual([['June 29, 2017', '2017-06-29']])
    expect(article.socialPosts[0].datePublished).toBe('2017-06-29')
  })

  it('does not mark a date inside an entity mention', () => {
    // A stand-in for an earlier stage that named "Friday Group" an organization.
    const nameFridayGroup: RemarkPlugin = () => (_tree, file) => {
      const text = String(file.value)
      const start = text.indexOf('Friday Group')
      file.data.article!.entities.push({id: 'org-friday-group', type: 'Organization', name: 'Friday Group', mentions: [{start, end: start + 12, kind: 'name'}]})
    }
    const processor = unified().use(parseWireText).use(segmentSentences).use(nameFridayGroup).use(resolveDates)
    const file = new VFile({value: ' date 2017-06-30 The Friday Group met on Wednesday.'})
    processor.runSync(processor.parse(file) as import('mdast').Root, file)
    const text = String(file.value)
    expect(file.data.article!.dates.map((date) => [text.slice(date.start, date.end), date.value])).toEqual([['Wednesday', '2017-06-28']])
  })

  it('reads the date in a dateline', () => {
    expect(run(' date 2015-11-19 NEW YORK, Nov. 19 (UPI) — It rained.').dates()).toEqual([['Nov. 19', '2015-11-19']])
  })

  it('stays linear on 50,000 repetitions', () => {
    const started = performance.now()
    for (const text of ['Wednesday '.repeat(50_000), 'will Wednesday '.repeat(25_000), 'June 1, '.repeat(30_000)]) run(friday(text))
    expect(performance.now() - started).toBeLessThan(20_000)
  })
})

describe('the seed article', async () => {
  const fs = await import('node:fs')
  const {dates} = run(fs.readFileSync(new URL('fixtures/entities/seed.txt', import.meta.url), 'utf8'))

  it('finds Wednesday, the tweet’s date and Independence Day', () => {
    expect(dates()).toEqual([
      ['Wednesday', '2017-06-28'],
      ['June 29, 2017', '2017-06-29'],
      ['Independence Day', '2017-07-04']
    ])
  })
})

describe('a month and day that opens a span already begun', () => {
  it('puts "since" and "between" dates on or before publication, others in the nearest year', () => {
    // Published June 30, 2017: Nov. 19 alone is nearer in 2017; after "since" or "between" it has passed.
    expect(run(friday('Sales have doubled since Nov. 19, and rose between Nov. 20 and June 1. The vote is Nov. 19.')).dates()).toEqual([
      ['Nov. 19', '2016-11-19'],
      ['Nov. 20', '2016-11-20'],
      ['June 1', '2017-06-01'],
      ['Nov. 19', '2017-11-19']
    ])
  })
})

describe('today and tomorrow that name no day', () => {
  it('reads the day only where the words mean one', () => {
    const text = 'Today, the town has two banks. Even today, few people use them; the banks of today are small. ' +
      'He watched Boise Today on Tuesday and hopes for a brighter tomorrow, because tomorrow can be better. ' +
      'The council met today and meets again tomorrow.'
    expect(run(friday(text)).dates()).toEqual([
      ['Tuesday', '2017-06-27'],
      ['today', '2017-06-30'],
      ['tomorrow', '2017-07-01']
    ])
  })
})
