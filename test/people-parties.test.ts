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

  it('reads "(R-Utah)" and "(D-Ill.)" after a name as the party', () => {
    const b = build('Rep. Jo Hart (R-Utah) and Sen. Al Dunn (D-Ill.) disagreed.')
    expect(parties(b)).toEqual([
      ['Jo Hart', 'Republican Party'],
      ['Al Dunn', 'Democratic Party']
    ])
    expect(b.article.entities.filter((e) => e.type === 'Organization').map((e) => e.name)).toEqual(['Republican Party', 'Democratic Party'])
  })
})
