/**
 * Later (or earlier) references to a named organization by its head:
 * `the Commission` (the nearest organization whose name has the head
 * `Commission`, preceding first), and a lower-case description whose words
 * are in the name (`election integrity commission`, `elections commission`
 * -> `Presidential Advisory Commission on Election Integrity`). A known
 * organization is also referred to by the nouns its lexicon entry lists
 * (`the agency` for the FBI). A head never refers by itself to an
 * organization the article does not name.
 */
import grammar from './lexicon/organizations-heads.json' with {type: 'json'}
import known from './lexicon/organizations-known.json' with {type: 'json'}
import {organizationHeads, bare} from './org-names.ts'
import {isCapitalized, type Word} from './gazetteer-words.ts'
import {priority, type Candidate} from './gazetteer-candidates.ts'
import {firstAtLeast} from './lower-bound.ts'

/** One named organization: where it is named, and the words of its name. */
interface Named {
  name: string
  /** Start offsets of its name and alias mentions, in text order. */
  starts: number[]
  /** Lower-cased name words without a plural `s`. */
  stems: Set<string>
}

/** Named organizations by lower-cased head (`commission` -> ...). */
export type NamedByHead = Map<string, Named[]>

/** `Federal Bureau of Investigation` -> `agency`, `bureau`: what `the ...` may call a known organization. */
const refersAs = new Map<string, string[]>()
for (const entry of known.organizations as Array<{name: string; refersAs?: string[]}>) {
  if (entry.refersAs) refersAs.set(entry.name, entry.refersAs)
}
const lowerHeads = new Set([...organizationHeads].map((head) => head.toLowerCase()))
for (const nouns of refersAs.values()) for (const noun of nouns) lowerHeads.add(noun)
/** Heads that refer in lower case too (`the commission`; not `the times`). */
const lowercaseReferences = new Set(grammar.lowercaseReferences)
const definite = new Set(['the', 'The'])
/** The longest head, with a possessive. */
const maxHeadLength = Math.max(...[...lowerHeads].map((head) => head.length)) + 2
/**
 * Which words may be heads, by the lower case of an ASCII first letter and
 * the length as written (a possessive adds one or two): most words are
 * refused before `bare` and lower-casing. With heads all ASCII, lower-casing
 * a word that becomes one keeps its length.
 */
const headShapes = new Uint8Array(128 * (maxHeadLength + 1))
const asciiHeads = [...lowerHeads].every((head) => /^[\x00-\x7f]+$/.test(head))
for (const head of lowerHeads) {
  const initial = head.charCodeAt(0)
  if (initial < 128) for (let extra = 0; extra <= 2; extra++) headShapes[initial * (maxHeadLength + 1) + head.length + extra] = 1
}

/** Whether a word of at most `maxHeadLength` characters may be a head. */
function mayBeHead(value: string): boolean {
  const initial = value.charCodeAt(0)
  if (!asciiHeads || !(initial < 128)) return true
  const lower = initial >= 65 && initial <= 90 ? initial + 32 : initial
  return headShapes[lower * (maxHeadLength + 1) + value.length] === 1
}

function stem(word: string): string {
  const lower = word.toLowerCase()
  return lower.length > 3 && lower.endsWith('s') ? lower.slice(0, -1) : lower
}

/** The organizations named (by name or alias) among kept candidates, by the heads in their names. */
export function namedOrganizations(kept: Candidate[]): NamedByHead {
  const byName = new Map<string, Named>()
  const byHead: NamedByHead = new Map()
  for (const candidate of kept) {
    if (candidate.type !== 'Organization' || candidate.kind === 'description') continue
    let entry = byName.get(candidate.name)
    if (!entry) {
      const words = candidate.name.split(' ')
      // Only the name words proper: `of`, `the` in a name do not make a description.
      entry = {name: candidate.name, starts: [], stems: new Set(words.filter(isCapitalized).map(stem))}
      byName.set(candidate.name, entry)
      const heads = words.filter((word) => organizationHeads.has(word)).map((word) => word.toLowerCase())
      for (const head of heads.concat(refersAs.get(candidate.name) ?? [])) {
        const list = byHead.get(head) ?? []
        if (!list.includes(entry)) list.push(entry)
        byHead.set(head, list)
      }
    }
    entry.starts.push(candidate.start)
  }
  return byHead
}

/**
 * The organization a head refers to at `offset`: the one named nearest
 * before it, else the one named first after it.
 */
function referent(named: NamedByHead, head: string, offset: number, fits: (entry: Named) => boolean): Named | undefined {
  let before: [number, Named] | undefined
  let after: [number, Named] | undefined
  for (const entry of named.get(head) ?? []) {
    if (!fits(entry)) continue
    const index = firstAtLeast(entry.starts, offset)
    if (index > 0 && (!before || entry.starts[index - 1] > before[0])) before = [entry.starts[index - 1], entry]
    if (index < entry.starts.length && (!after || entry.starts[index] < after[0])) after = [entry.starts[index], entry]
  }
  return (before ?? after)?.[1]
}

/**
 * A known alias that is a bare head (`Senate`, `House`, `Army`) names the
 * national body only when the article names no other body with that head:
 * in a story about the `Missouri Senate`, `the Senate` is that one. Such
 * candidates are moved to the nearest other named organization.
 */
export function rebindBareHeads(kept: Candidate[], named: NamedByHead, text: string): void {
  for (const candidate of kept) {
    if (candidate.type !== 'Organization' || candidate.kind !== 'alias') continue
    const written = text.slice(candidate.start, candidate.end)
    if (!organizationHeads.has(written)) continue
    const entry = referent(named, written.toLowerCase(), candidate.start, (other) => other.name !== candidate.name)
    if (entry) candidate.name = entry.name
  }
}

/** References by head in one paragraph's words. */
export function findOrganizationReferences(words: Word[], named: NamedByHead): Candidate[] {
  const found: Candidate[] = []
  if (named.size === 0) return found
  words.forEach((word, at) => {
    // Heads are short single words: skip long ones before lower-casing.
    if (word.kind !== 'word' || word.value.length > maxHeadLength) return
    if (!mayBeHead(word.value)) return
    const value = bare(word.value)
    // Most words have no possessive: their form's lower case is already there.
    const head = value === word.value ? word.lower : value.toLowerCase()
    if (!lowerHeads.has(head)) return
    // A head followed by a name word is part of a longer name, and one followed by `of` is
    // a common noun with its complement (`the network of home-school families`): not references.
    const next = words[at + 1]
    if (next && next.spaceBefore && !next.sentenceStart && next.kind === 'word' && (isCapitalized(next.value) || next.value === 'of')) return
    if (!isCapitalized(value) && !lowercaseReferences.has(head)) return
    const end = word.start + value.length
    const previous = at > 0 && !word.sentenceStart ? words[at - 1] : undefined
    if (previous && definite.has(previous.value)) {
      const entry = referent(named, head, word.start, () => true)
      if (entry) found.push({start: previous.start, end, type: 'Organization', name: entry.name, kind: 'description', priority: priority.reference})
      return
    }
    if (isCapitalized(value)) return
    // Walk back over lower-case words that are in the name: "election integrity commission".
    let first = at
    const modifiers: string[] = []
    while (first > 0 && !words[first].sentenceStart && words[first].spaceBefore && modifiers.length < 4) {
      const before = words[first - 1]
      if (before.kind !== 'word' || isCapitalized(before.value) || bare(before.value) !== before.value) break
      modifiers.push(stem(before.value))
      first--
    }
    if (modifiers.length === 0) return
    // Keep the longest tail of modifiers that are all in one name.
    const entry = referent(named, head, word.start, (candidate) => candidate.stems.has(modifiers[0]))
    if (!entry) return
    let kept = 0
    while (kept < modifiers.length && entry.stems.has(modifiers[kept])) kept++
    found.push({start: words[at - kept].start, end, type: 'Organization', name: entry.name, kind: 'description', priority: priority.reference})
  })
  return found
}
