import {describe, expect, it} from 'vitest'
import {build} from './fixtures/quotes/article.ts'

const parties = (b: ReturnType<typeof build>) =>
  b.article.entities
    .filter((e) => e.type === 'Person' && e.name)
    .map((e) => [e.name, b.entity(e.affiliation)?.name])

describe('a party word before a name', () => {
  it('gives the party: member nouns before a name, any party word before a title', () => {
    const b = build(
      'Democrat Lena Ortiz led Republican Idaho Gov. Carl Boyd, and Libertarian Sam Reyes trailed.',
      'Later, Democrat Ortiz spoke again. Critics call Ortiz a Democratic Ken Boyd.'
    )
    expect(parties(b)).toEqual([
      ['Lena Ortiz', 'Democratic Party'],
      ['Carl Boyd', 'Republican Party'],
      ['Sam Reyes', 'Libertarian Party'],
      ['Ken Boyd', undefined]
    ])
  })
})
