/**
 * Turns spans (offsets into the article text) into the line/column places
 * that vfile messages carry. The index is built once per article by the
 * parser and kept in `file.data.location`.
 */
import type {VFile} from 'vfile'
import type {Point, Position} from 'unist'
import type {Span} from './types.ts'

/** The point at `offset`, clamped to the text. */
export function pointAt(file: VFile, offset: number): Point {
  const location = file.data.location!
  const length = String(file.value).length
  const clamped = Math.max(0, Math.min(offset, length))
  const point = location.toPoint(clamped) ?? location.toPoint(length)
  return {line: point?.line ?? 1, column: point?.column ?? 1, offset: clamped}
}

/** The position of a span. */
export function placeOf(file: VFile, span: Span): Position {
  return {start: pointAt(file, span.start), end: pointAt(file, span.end)}
}
