/**
 * JSON pointer -> the place in the file the user opens. The text is parsed
 * once with momoa (a JSON parser that keeps line, column and offset of every
 * node); a pointer is then walked down that tree. A pointer to an object
 * member points at its key, so `"wordCount": "312"` is found by its name.
 */
import {parse, type AnyNode, type DocumentNode, type ElementNode, type MemberNode} from '@humanwhocodes/momoa'

/** A 1-based line and column, plus the UTF-16 offset. */
export interface Point {
  line: number
  column: number
  offset: number
}

export interface Place {
  start: Point
  end: Point
}

/** `~` and `/` escaped as RFC 6901 says. */
export function escapePointer(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1')
}

export function unescapePointer(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~')
}

/** `['@graph', 0, 'text']` -> `/@graph/0/text`. */
export function pointerOf(path: Array<string | number>): string {
  return path.map((token) => '/' + escapePointer(String(token))).join('')
}

/**
 * The positions of one JSON text. `shift` moves every place, for JSON that
 * sits inside another file (the `<script>` of an HTML page): the offset of
 * the JSON's first character, and its line and column there.
 */
export class JsonPositions {
  readonly document: DocumentNode
  readonly shift: Point

  constructor(text: string, shift: Point = {line: 1, column: 1, offset: 0}) {
    this.document = parse(text, {mode: 'json'})
    this.shift = shift
  }

  /** The place of the value (or member) the pointer names; the deepest existing ancestor otherwise. */
  locate(pointer: string): Place {
    let node: AnyNode = this.document.body
    let place: Place = toPlace(node)
    const tokens = pointer === '' ? [] : pointer.split('/').slice(1).map(unescapePointer)
    for (const token of tokens) {
      if (node.type === 'Object') {
        const member: MemberNode | undefined = node.members.find((candidate) => keyOf(candidate) === token)
        if (!member) break
        node = member.value
        place = {start: toPlace(member.name).start, end: toPlace(member.value).end}
      } else if (node.type === 'Array') {
        const element: ElementNode | undefined = node.elements[Number(token)]
        if (!/^\d+$/.test(token) || !element) break
        node = element.value
        place = toPlace(node)
      } else {
        break
      }
    }
    return {start: this.move(place.start), end: this.move(place.end)}
  }

  private move(point: Point): Point {
    if (point.line !== 1) return {...point, offset: point.offset + this.shift.offset, line: point.line + this.shift.line - 1}
    return {line: this.shift.line, column: point.column + this.shift.column - 1, offset: point.offset + this.shift.offset}
  }
}

function keyOf(member: MemberNode): string {
  return member.name.type === 'String' ? member.name.value : member.name.name
}

function toPlace(node: AnyNode): Place {
  return {start: {...node.loc.start}, end: {...node.loc.end}}
}
