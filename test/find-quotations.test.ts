import {describe, expect, it} from 'vitest'
import {build} from './fixtures/quotes/article.ts'
import {pairQuoteMarks} from '../pipeline/quote-marks.ts'
import {isSpeech} from '../pipeline/quote-kinds.ts'

describe('find-quotations', () => {
  it('finds curly and straight quotes, marks excluded, ids in reading order', () => {
    const {article, at} = build('“We will win this state,” Ann Ruiz said.', '"Nobody expected the turnout to be this high," Ruiz added.')
    expect(article.quotations.map((q) => [q.id, at(q)])).toEqual([
      ['quote-1', 'We will win this state,'],
      ['quote-2', 'Nobody expected the turnout to be this high,']
    ])
  })

  it('reads doubled apostrophes as quote marks', () => {
    const {quotes} = build("''The budget is a moral document,'' Mr. Okafor said.")
    expect(quotes().map(([words]) => words)).toEqual(['The budget is a moral document,'])
  })

  it('keeps single quotes nested inside a quotation as part of it', () => {
    const {quotes} = build('“He told me ‘never again’ and I believed him,” Lena Fox said.')
    expect(quotes().map(([words]) => words)).toEqual(['He told me ‘never again’ and I believed him,'])
  })

  it('does not read an apostrophe as a closing mark', () => {
    const {quotes} = build('“The voters’ choice is clear and it is final,” Lena Fox said.')
    expect(quotes().map(([words]) => words)).toEqual(['The voters’ choice is clear and it is final,'])
  })

  it('joins a quote that runs over paragraphs (no closing mark, an opening mark on the next)', () => {
    const {article, at} = build('“We will fight for every vote in this county.', '“And we will win it,” Tom Bell said.')
    expect(article.quotations).toHaveLength(1)
    expect(article.quotations[0].pieces.map(at)).toEqual(['We will fight for every vote in this county.', 'And we will win it,'])
  })

  it('ends a quote left open at a line that starts with a new opening mark', () => {
    const {article, at} = build('Rep. Ann Ruiz said: “We knew this day would come.\n“We were ready for it,” she added.')
    expect(article.quotations.map((q) => q.pieces.map(at))).toEqual([['We knew this day would come.'], ['We were ready for it,']])
  })

  it('keeps a one-word answer that a speech cue follows', () => {
    const {quotes} = build('“Safety,” said Ken Grimm, a voter from Reno.')
    expect(quotes()).toEqual([['Safety,', 'Ken Grimm']])
  })

  it('keeps a short quote that a speech verb introduces', () => {
    const {quotes} = build('Protesters chanted “What curfew?” and kept marching past midnight.')
    expect(quotes().map(([words]) => words)).toEqual(['What curfew?'])
  })

  it('leaves out titles of works, scare quotes and fragments inside paraphrase', () => {
    const {quotes} = build(
      'She reviewed “The Art of the Deal” for a magazine.',
      'The plan was called a “reform” by its authors.',
      'He called the bill “a disaster for farmers” and left.'
    )
    expect(quotes()).toEqual([])
  })

  it('leaves out a span named as a work: a work noun or a possessive right before it', () => {
    const {quotes} = build(
      'Her new documentary, “Salt Roads,” opens next week.',
      'In his 2009 book, “Notes From the Valley,” Mr. Dunne recalled the flood and said little else.',
      'Tam Okoro told WKTV’s “Morning Round” that the vote was close.'
    )
    expect(quotes()).toEqual([])
  })

  it('keeps a sentence of its own however capitalised, and reads past Mr. to the cue', () => {
    const {quotes} = build(
      '“We are proud,” Mayor Lin said. “We’re Riverton.”',
      '“Pell Is Home,” Mr. Ames said.'
    )
    expect(quotes().map(([words]) => words)).toEqual(['We are proud,', 'We’re Riverton.', 'Pell Is Home,'])
  })

  it('keeps the short words a crowd chants or sings and a name someone dubs', () => {
    const {quotes} = build(
      'The crowd outside the hall kept chanting “Recount now” for an hour.',
      'Then they were singing “Home Again.”',
      'What one senator has dubbed “the slow lane” is now law.',
      'The crowd made a call for “fair maps” all day.'
    )
    expect(quotes().map(([words]) => words)).toEqual(['Recount now', 'Home Again.', 'the slow lane'])
  })

  it('reads the words around a mark in bounded slices, so in linear time', () => {
    for (const filler of [' ', 's', '’', '.', 'Mr. ']) {
      const text = filler.repeat(50_000) + '“Go on”' + filler.repeat(50_000)
      const open = 50_000 * filler.length
      const quote = {pieces: [{start: open + 1, end: open + 6}], openings: [{start: open, end: open + 1}], closing: {start: open + 6, end: open + 7}, single: false}
      const began = performance.now()
      isSpeech(text, quote)
      // Generous, so a busy machine passes: reading the whole text per mark
      // (10 billion steps here) does not.
      expect(performance.now() - began).toBeLessThan(1000)
    }
  })

  it('reads a straight mark wrapping a pasted paragraph around curly quotes as no quotation', () => {
    const {quotes} = build(
      'The station report went on:',
      '"The mayor arrived late and the hall was full. “We will rebuild the bridge,” she told them.',
      '"Nobody in the hall believed her. “Prove it,” a farmer shouted.'
    )
    expect(quotes().map(([words]) => words)).toEqual(['We will rebuild the bridge,', 'Prove it,'])
  })

  it('runs a quote on only into a paragraph opening with a mark of its own style', () => {
    const {article, at} = build('"The crowd stayed until dawn.', '“We stay until they listen,” Ana Cole said.')
    expect(article.quotations.map((q) => q.pieces.map(at))).toEqual([['The crowd stayed until dawn.'], ['We stay until they listen,']])
  })

  it('keeps a straight-opened quote closed by a curly mark', () => {
    const {quotes} = build('"Would I have planned it this way? Absolutely,” Ed Marr said.')
    expect(quotes().map(([words]) => words)).toEqual(['Would I have planned it this way? Absolutely,'])
  })

  it('leaves out a follow-me sign-off in quote marks', () => {
    const {quotes} = build('“We are done here,” Ana Cole said.', '"Follow Ben Ortiz on Twitter @benortiz."')
    expect(quotes().map(([words]) => words)).toEqual(['We are done here,'])
  })

  it('leaves out quotes inside a social post paragraph', () => {
    const {article} = build(
      'The governor posted on Monday.',
      'We said “no new taxes” and meant it every single day pic.twitter.com/abc123 — Ann Ruiz (@AnnRuiz) March 2, 2020'
    )
    expect(article.socialPosts).toHaveLength(1)
    expect(article.quotations).toEqual([])
  })

  it('survives unbalanced marks: a quote left open ends with its paragraph', () => {
    const {quotes} = build('“This is where the story begins and it never stops, Kim Lee said.', 'Nothing else happened.')
    expect(quotes().map(([words]) => words)).toEqual(['This is where the story begins and it never stops, Kim Lee said.'])
  })

  it('pairs 50,000 opening marks in linear time and finds no quotation in them', () => {
    const text = '“'.repeat(50_000)
    const began = performance.now()
    pairQuoteMarks(text, [{index: 0, start: 0, end: text.length}], new Set())
    // Generous, so a busy machine passes (it takes tens of milliseconds);
    // a pairing that rescans per mark (2.5 billion steps) does not.
    expect(performance.now() - began).toBeLessThan(2000)
    expect(build('“'.repeat(50_000)).article.quotations).toEqual([])
  })

  it('pairs 50,000 straight marks in linear time', () => {
    const text = '"a '.repeat(50_000)
    const began = performance.now()
    pairQuoteMarks(text, [{index: 0, start: 0, end: text.length}], new Set())
    // Generous, so a busy machine passes (it takes tens of milliseconds);
    // a pairing that rescans per mark (2.5 billion steps) does not.
    expect(performance.now() - began).toBeLessThan(2000)
  })
})
