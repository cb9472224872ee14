import {describe, expect, it} from 'vitest'
import {build} from './fixtures/quotes/article.ts'

const typed = (b: ReturnType<typeof build>) =>
  b.article.entities.filter((e) => e.type === 'Organization' || e.type === 'Place').map((e) => [e.type, e.name])

describe('venues named with an organization head', () => {
  it('a stadium, an arena, a convention or events center and a company-named center are places', () => {
    const b = build(
      'Fans filled Bank of America Stadium before the rally moved to the Verizon Center.',
      'Delegates met at the Harlan County Convention Center and the Iowa Events Center.',
      'The Center for American Progress said the Tax Policy Center was wrong.'
    )
    expect(typed(b)).toEqual([
      ['Place', 'Bank of America Stadium'],
      ['Place', 'Verizon Center'],
      ['Place', 'Harlan County Convention Center'],
      ['Place', 'Iowa Events Center'],
      ['Organization', 'Center for American Progress'],
      ['Organization', 'Tax Policy Center']
    ])
  })
})
