/**
 * The one configuration file, `newsroom.config.json` at the project root
 * (or the file given with `--config`). Every field is optional; the defaults
 * are below. Unknown fields are an error so a typo is never silently ignored.
 */
import fs from 'node:fs'

export interface PublisherConfig {
  /** The publisher's name, e.g. "Example News". */
  name: string
  /** The publisher's home page. */
  url: string
  /** Absolute URL of the logo image. */
  logo?: string
}

export interface PipelineConfig {
  /** Base URL articles are published under; `@id`s and canonical URLs derive from it. */
  baseUrl: string
  /** The publisher node every article points at. */
  publisher: PublisherConfig
  /** BCP 47 language of the articles (default "en"). */
  inLanguage: string
  /** Articles above this many bytes are refused (default 10 MB). */
  maxBytes: number
  /** Refuse an article without a `date` marker instead of warning (default false). */
  requireDate: boolean
  /** Refuse an article dated more than a day after the build instead of warning (default false). */
  refuseFutureDates: boolean
  /** The build's reference time (ISO 8601), for the future-date check; default: now. */
  now?: string
}

export const defaultConfig: PipelineConfig = {
  baseUrl: 'https://news.example.org/articles/',
  publisher: {name: 'Example News', url: 'https://news.example.org/'},
  inLanguage: 'en',
  maxBytes: 10 * 1024 * 1024,
  requireDate: false,
  refuseFutureDates: false
}

const knownKeys = new Set(Object.keys(defaultConfig).concat('now'))

/** Merges a parsed config object over the defaults, checking names and types. */
export function resolveConfig(raw: unknown, source = 'config'): PipelineConfig {
  if (raw === undefined || raw === null) return {...defaultConfig}
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new Error(`${source}: expected an object`)
  }
  const record = raw as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (key === '$schema' || key === '$comment') continue
    if (!knownKeys.has(key)) throw new Error(`${source}: unknown option \`${key}\``)
  }
  const config: PipelineConfig = {...defaultConfig, ...(record as Partial<PipelineConfig>)}
  config.publisher = {...defaultConfig.publisher, ...(record.publisher as object | undefined)}
  if (typeof config.baseUrl !== 'string' || !/^https?:\/\//.test(config.baseUrl)) {
    throw new Error(`${source}: \`baseUrl\` must be an absolute http(s) URL`)
  }
  if (!config.baseUrl.endsWith('/')) config.baseUrl += '/'
  if (typeof config.maxBytes !== 'number' || !(config.maxBytes > 0)) {
    throw new Error(`${source}: \`maxBytes\` must be a positive number`)
  }
  if (typeof config.publisher.name !== 'string' || config.publisher.name.trim() === '') {
    throw new Error(`${source}: \`publisher.name\` must be a non-empty string`)
  }
  return config
}

/** Reads and resolves a config file; a missing default file gives the defaults. */
export function loadConfig(file: string | undefined, required = false): PipelineConfig {
  const path = file ?? 'newsroom.config.json'
  if (!fs.existsSync(path)) {
    if (required) throw new Error(`${path}: config file not found`)
    return {...defaultConfig}
  }
  let raw: unknown
  try {
    raw = JSON.parse(fs.readFileSync(path, 'utf8'))
  } catch (error) {
    throw new Error(`${path}: cannot parse config: ${(error as Error).message}`)
  }
  return resolveConfig(raw, path)
}
