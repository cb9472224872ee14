import {describe, expect, it} from 'vitest'
import {build} from './fixtures/quotes/article.ts'

const speeches = (b: ReturnType<typeof build>) =>
  b.article.reportedSpeech.map((s) => [b.entity(s.speaker)?.name, b.at(s.cue), b.at(s.content)])

describe('find-reported-speech', () => {
  it('finds "X says ...", "released a statement saying ..." and "who publicly stated that ..."', () => {
    const b = build(
      'Ohio Treasurer Mark Bell says he has no plan to sell the state bonds.',
      'On Monday, Senator Rita Vance, who chairs the finance committee, released a statement saying the bonds are safe.',
      'Several mayors spoke, including Mayor Joe Park, a Democrat, who publicly stated that he opposes the sale.'
    )
    expect(speeches(b)).toEqual([
      ['Mark Bell', 'says', 'he has no plan to sell the state bonds'],
      ['Rita Vance', 'released a statement saying', 'the bonds are safe'],
      ['Joe Park', 'publicly stated that', 'he opposes the sale']
    ])
  })

  it('leaves a cue that leads into a direct quotation to the quotation', () => {
    const b = build('Mark Bell says that, if asked, his answer would be, “Not in a hundred years.”')
    expect(b.article.reportedSpeech).toEqual([])
    expect(b.quotes()).toEqual([['Not in a hundred years.', 'Mark Bell']])
  })

  it('does not take a plural noun for a verb', () => {
    const b = build('Many other states have begun reacting to the letter this week.')
    expect(b.article.reportedSpeech).toEqual([])
  })

  it('does not take an adverbial after the verb for what was said', () => {
    const b = build('Mark Bell said 30 minutes into the hearing that nothing had changed.', 'Rita Vance said of the plan that it would fail.')
    expect(b.article.reportedSpeech).toEqual([])
  })
})
