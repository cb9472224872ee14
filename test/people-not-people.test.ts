import {describe, expect, it} from 'vitest'
import {build} from './fixtures/quotes/article.ts'

const named = (b: ReturnType<typeof build>, type: string) =>
  b.article.entities.filter((e) => e.type === type && e.name).map((e) => [e.name, e.mentions.filter((m) => m.kind !== 'pronoun').map((m) => b.at(m))])

describe('capitalised words that name no person', () => {
  it('a title word before an organization head, or inside an organization name, is not a person', () => {
    const b = build(
      'The General Assembly approved the budget, Dana Whitcomb said.',
      'At the bank, Ms. Reyes helped General Electric sell its lighting unit.'
    )
    expect(named(b, 'Person')).toEqual([
      ['Dana Whitcomb', ['Dana Whitcomb']],
      ['Reyes', ['Ms. Reyes']]
    ])
    expect(named(b, 'Organization').map(([name]) => name)).toContain('General Electric')
  })

  it('a plural nationality or the plural of a family the article names is a group', () => {
    const b = build(
      'Many African-Americans said the plan would help.',
      'Amir Sadeq and Lina Sadeq spoke at the hall. The Sadeqs said they were grateful.'
    )
    expect(named(b, 'Person')).toEqual([
      ['Lina Sadeq', ['Lina Sadeq']],
      ['Amir Sadeq', ['Amir Sadeq']]
    ])
  })

  it('the first word of a company named in full is the company, not a person', () => {
    const b = build('Harlow Energy cut 300 jobs on Friday.', 'Later Harlow said the cuts were needed.')
    expect(named(b, 'Person')).toEqual([])
    expect(named(b, 'Organization').map(([name]) => name)).toContain('Harlow Energy')
  })

  it('a lone word ending a longer capitalised name is not a person, but one after a date word is', () => {
    const b = build(
      'The Committee for a Responsible Federal Budget reported that the plan would cost more.',
      'The daily figures came from the United States Embassy in Beijing.',
      'On Tuesday Vargas said the plan failed.'
    )
    expect(named(b, 'Person')).toEqual([['Vargas', ['Vargas']]])
  })

  it('a word for a group of people opening a sentence is not a name', () => {
    const b = build('Demonstrators said they want justice.')
    expect(named(b, 'Person')).toEqual([])
  })
})
