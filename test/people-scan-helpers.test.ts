/**
 * Helpers that keep the people stage fast on long articles: mentions merged
 * by start (`mentionsByStart`), and what a word's text says about names,
 * worked out once per text (`WordTexts`).
 */
import {describe, expect, it} from 'vitest'
import {mentionsByStart} from '../pipeline/people-mention-index.ts'
import {WordTexts} from '../pipeline/people-name-words.ts'
import {createWord, kindCode, type Word} from '../pipeline/words.ts'

describe('mentionsByStart', () => {
  it('merges sorted lists, the earlier list first on equal starts', () => {
    const a = [{start: 1, end: 2, id: 'a1'}, {start: 5, end: 6, id: 'a5'}]
    const b = [{start: 0, end: 1, id: 'b0'}, {start: 5, end: 7, id: 'b5'}, {start: 9, end: 9, id: 'b9'}]
    const c = [{start: 5, end: 8, id: 'c5'}]
    expect(mentionsByStart([a, b, c]).map((m) => m.id)).toEqual(['b0', 'a1', 'a5', 'b5', 'c5', 'b9'])
  })

  it('sorts a list out of order first, keeping equal starts in their order, and never returns an input list', () => {
    const unsorted = [{start: 4, id: 'x'}, {start: 2, id: 'y'}, {start: 4, id: 'z'}]
    const merged = mentionsByStart([unsorted])
    expect(merged.map((m) => m.id)).toEqual(['y', 'x', 'z'])
    expect(merged).not.toBe(unsorted)
    expect(unsorted.map((m) => m.id)).toEqual(['x', 'y', 'z'])
    expect(mentionsByStart([])).toEqual([])
  })
})

describe('WordTexts', () => {
  const word = (value: string): Word => createWord(0, value.length, value, 0, kindCode.word)

  it('a lower-case word starts nothing unless a title, "former", a particle or a party word', () => {
    const texts = new WordTexts()
    expect(['the', 'said', 'officials', "voter's"].map((value) => texts.startsNothing(word(value)))).toEqual([true, true, true, true])
    expect(['senator', 'former', 'de'].map((value) => texts.startsNothing(word(value)))).toEqual([false, false, false])
  })

  it('a capitalised word starts nothing only when no name word, title, jurisdiction or party word', () => {
    const texts = new WordTexts()
    expect(['We', 'Hosemann', 'Senator', 'Republican', 'Kansas'].map((value) => texts.startsNothing(word(value)))).toEqual([true, false, false, false, false])
  })

  it('name words, particles, and capitals', () => {
    const texts = new WordTexts()
    expect(['Hosemann', 'PolitiFact', 'van', 'I', "O'Neill", 'J.'].map((value) => texts.nameWordKind(word(value))))
      .toEqual(['name', 'not-name', 'particle', 'not-name', 'name', 'name'])
    expect(['NCLB', 'Trump’s', 'AP’s'].map((value) => texts.upperCase(word(value)))).toEqual([true, false, true])
  })
})
