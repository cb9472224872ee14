import type {Handlers} from 'mdast-util-to-hast'
export const annotationHandlers: Partial<Handlers> = {}
