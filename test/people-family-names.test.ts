import {describe, expect, it} from 'vitest'
import {build, namedPeople as people} from './fixtures/quotes/article.ts'

describe('family names of several words, and suffixes', () => {
  it('links "Mr. Ruiz Toledo" and "Van Dorn" to the full names they end', () => {
    const b = build(
      'Mr. Ruiz Toledo spoke before Andrés Ruiz Toledo’s aides arrived.',
      'Kate Van Dorn agreed. Van Dorn said so on Monday.'
    )
    // "Kate Van Dorn" is a full name at once; "Mr. Ruiz Toledo" waits for the full name it ends.
    expect(people(b)).toEqual([
      ['Kate Van Dorn', ['Kate Van Dorn', 'Van Dorn']],
      ['Andrés Ruiz Toledo', ['Mr. Ruiz Toledo', 'Andrés Ruiz Toledo’s']]
    ])
  })

  it('links "Mr. Hale" to "Robert T. Hale Jr." and "Ms. Acosta" to "Melba Acosta Febo"', () => {
    const b = build('Robert T. Hale Jr. met Melba Acosta Febo.', 'Mr. Hale said Ms. Acosta would decide.')
    expect(people(b)).toEqual([
      ['Robert T. Hale Jr.', ['Robert T. Hale Jr.', 'Mr. Hale']],
      ['Melba Acosta Febo', ['Melba Acosta Febo', 'Ms. Acosta']]
    ])
  })

  it('ends a name before a job word or an acronym that precedes another name', () => {
    const b = build('Acme Capital CEO Ruth Lind met Political Editor Matthew Dunn.')
    expect(people(b).map(([name]) => name)).toEqual(['Ruth Lind', 'Matthew Dunn'])
  })
})
