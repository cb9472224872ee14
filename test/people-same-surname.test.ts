import {describe, expect, it} from 'vitest'
import {build, namedPeople as people} from './fixtures/quotes/article.ts'

describe('people who share a surname', () => {
  it('gives "Mrs." to the woman and "Mr." to the man, whoever was named last', () => {
    const b = build(
      'Helen Varga and her husband, Paul Varga, opened the clinic.',
      'Mrs. Varga runs it. Mr. Varga keeps the books, and Mrs. Varga signs the checks.'
    )
    expect(people(b)).toEqual([
      ['Helen Varga', ['Helen Varga', 'Mrs. Varga', 'Mrs. Varga']],
      ['Paul Varga', ['Paul Varga', 'Mr. Varga']]
    ])
  })

  it('gives a title to the one who holds it, not to a relative named last', () => {
    const b = build(
      'Sen. Tom Pryde campaigned with his wife, Laura Pryde.',
      'Senator Pryde spoke for ten minutes.'
    )
    expect(people(b)).toEqual([
      ['Tom Pryde', ['Sen. Tom Pryde', 'Senator Pryde']],
      ['Laura Pryde', ['Laura Pryde']]
    ])
  })

  it('does not give "Secretary" to the one known as a former president', () => {
    const b = build(
      'Former President Bill Hale joined Nora Hale in Denver.',
      'Secretary Hale spoke first.'
    )
    expect(people(b)).toEqual([
      ['Bill Hale', ['Former President Bill Hale']],
      ['Nora Hale', ['Nora Hale', 'Secretary Hale']]
    ])
  })

  it('settles a surname used before either full name by the person it names most often', () => {
    const b = build(
      'President Dorn spoke on Monday.',
      'Mr. Dorn thanked Alice Dorn, and later Mr. Dorn thanked the crowd. Ben Dorn waved.'
    )
    expect(people(b)).toEqual([
      ['Alice Dorn', ['Alice Dorn']],
      ['Ben Dorn', ['President Dorn', 'Mr. Dorn', 'Mr. Dorn', 'Ben Dorn']]
    ])
  })

  it('gives a bare surname to the one the article names first, even right after a relative is named in full', () => {
    const b = build(
      'Mara Lind announced her campaign for governor on Monday.',
      'Her husband, former Mayor Tom Lind, stood beside her. Lind’s rival, Carl Ruiz, called the plan reckless.',
      'Lind promised to cut the sales tax.'
    )
    expect(people(b)).toEqual([
      ['Mara Lind', ['Mara Lind', 'Lind’s', 'Lind']],
      ['Tom Lind', ['former Mayor Tom Lind']],
      ['Carl Ruiz', ['Carl Ruiz']]
    ])
  })
})

describe('an honorific among namesakes of unknown gender', () => {
  it('gives "Mr." to the man with the surname rather than to a namesake whose gender is unknown', () => {
    const b = build(
      'David Osei and Zuwena Osei spoke at the rally.',
      'Later Mr. Osei thanked the crowd.'
    )
    expect(people(b)).toEqual([
      ['David Osei', ['David Osei', 'Mr. Osei']],
      ['Zuwena Osei', ['Zuwena Osei']]
    ])
  })
})
