import {describe, expect, it} from 'vitest'
import {build, namedPeople as people} from './fixtures/quotes/article.ts'

describe('words glued before a name', () => {
  it('links "Neither Vance" and a quote\'s “Watch Vance” to the known Vance', () => {
    const b = build(
      'Rita Vance won the primary on Tuesday.',
      'Neither Vance nor her rival spoke. Supporters chanted “Watch Vance win.”'
    )
    expect(people(b)).toEqual([['Rita Vance', ['Rita Vance', 'Vance', 'Vance']]])
  })

  it('keeps a new given name that starts a sentence beside a known surname', () => {
    const b = build('Carl Omondi spoke first.', 'Wanjiru Omondi spoke after him.')
    expect(people(b).map(([name]) => name)).toEqual(['Carl Omondi', 'Wanjiru Omondi'])
  })

  it('leaves a leading word out of the name and the mention', () => {
    const b = build('Follow Pam Tesh on Twitter. Journalist Leo Marsh asked the question.', 'Captain Ruiz led the unit, and Senators Bale and Ruiz voted.')
    expect(people(b)).toEqual([
      ['Pam Tesh', ['Pam Tesh']],
      ['Leo Marsh', ['Leo Marsh']],
      ['Ruiz', ['Captain Ruiz', 'Ruiz']],
      ['Bale', ['Senators Bale']]
    ])
  })
})
