/**
 * The one slug function behind every id fragment and lookup key:
 * lower-case ASCII letters and digits joined by hyphens, accents folded
 * ("José Núñez" -> "jose-nunez"). May be empty for text without letters.
 */
export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}
