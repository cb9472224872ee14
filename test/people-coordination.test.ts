import {describe, expect, it} from 'vitest'
import {build, namedPeople as people} from './fixtures/quotes/article.ts'

describe('given names joined before one family name', () => {
  it('gives the first given name the family name too', () => {
    const b = build('The fund is run by Henry T. and Laura B. Voss, and by Paul and Ruth Dane.')
    expect(people(b)).toEqual([
      ['Henry T. Voss', ['Henry T.']],
      ['Laura B. Voss', ['Laura B. Voss']],
      ['Paul Dane', ['Paul']],
      ['Ruth Dane', ['Ruth Dane']]
    ])
  })

  it('leaves a family name of someone else before "and" alone', () => {
    const b = build('Secretary Gordon Price met reporters. Price and Ellen Ward spoke later.')
    expect(people(b).map(([name]) => name)).toEqual(['Gordon Price', 'Ellen Ward'])
  })

  it('leaves the end of a list of single names, and a given name the article gives someone else', () => {
    const b = build('Nora Bell met the singers Brandy, Monica and Lauryn Hale. She said Nora and Tom Keel would win.')
    expect(people(b).map(([name]) => name)).toEqual(['Nora Bell', 'Lauryn Hale', 'Tom Keel'])
  })
})
