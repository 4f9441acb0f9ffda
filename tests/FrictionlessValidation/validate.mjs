#!/usr/bin/env node
// Validates a Frictionless data package folder (datapackage.json + one JSON file of row objects, or
// one CSV file, per resource) with the Frictionless project's own JavaScript libraries:
//   1. the descriptor as published against the Data Package v1 profile (datapackage `validate`);
//   2. the descriptor against the published Data Package v2 JSON Schema profile (ajv), when the
//      profile files are available (see README.md: where they are looked for and why);
//   3. every row of every resource against its Table Schema with tableschema (types, formats,
//      constraints), primary-key and unique-field uniqueness, and foreign keys across resources
//      (datapackage's relations checking). The libraries implement v1, where tabular data at a `path`
//      must be CSV, so each JSON resource is handed to them as inline `data` rows (a header row of
//      the schema's field names, then one array per row object, absent properties as null). A CSV
//      resource (`format: csv` or a `.csv` path, as `labour export --format datapackage` writes) is
//      read by the libraries' own CSV reader, uncast, and its text cells go the same way, so the
//      casting, missing values and key checks are the ones the libraries apply to CSV at a path.
//
// Usage: node validate.mjs <package-folder> [--profiles DIR] [--require-v2-profile]
// Prints each error as `error: [resource R] row N (key) field "F": message` and exits 1 on any error;
// on success prints one line: `frictionless: valid: R resources, N rows checked, K foreign keys
// (V references) checked; descriptor valid against Data Package v1 and v2 profiles`.
import { createRequire } from 'node:module'
import { createHash } from 'node:crypto'
import { EventEmitter } from 'node:events'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const toolsDir = path.dirname(fileURLToPath(import.meta.url))

// tableschema pipes every inline row through its own stream; node warns past 10 listeners.
EventEmitter.defaultMaxListeners = 0

const V2_PROFILE_URL = 'https://datapackage.org/profiles/2.0/datapackage.json'

function usage(message) {
  console.error(`error: ${message}`)
  console.error('usage: node validate.mjs <package-folder> [--profiles DIR] [--require-v2-profile]')
  process.exit(2)
}

function loadLibraries() {
  try {
    return {
      datapackage: require('datapackage'),
      tableschema: require('tableschema'),
      Ajv: require('ajv').default,
      addFormats: require('ajv-formats').default,
    }
  } catch (e) {
    console.error(`error: the validator's npm packages are not installed (${e.code || e.message}).`)
    console.error(`Run \`npm ci\` in ${toolsDir} first.`)
    process.exit(3)
  }
}

// ---------------------------------------------------------------------------------------------
const args = process.argv.slice(2)
let packageDir = null
let profilesArg = null
let requireV2 = false
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--profiles') profilesArg = args[++i] ?? usage('--profiles needs a folder')
  else if (args[i] === '--require-v2-profile') requireV2 = true
  else if (args[i].startsWith('--')) usage(`unknown option ${args[i]}`)
  else if (packageDir === null) packageDir = args[i]
  else usage(`unexpected argument ${args[i]}`)
}
if (packageDir === null) usage('no package folder given')
packageDir = path.resolve(packageDir)

const { datapackage, tableschema, Ajv, addFormats } = loadLibraries()

const errors = []
const notes = []
function report(where, message) {
  const parts = []
  if (where.resource !== undefined) parts.push(`[resource ${where.resource}]`)
  else parts.push('[descriptor]')
  if (where.row !== undefined) parts.push(`row ${where.row}${where.key ? ` (${where.key})` : ''}`)
  if (where.field !== undefined) parts.push(`field "${where.field}"`)
  if (where.pointer !== undefined) parts.push(`at ${where.pointer || '/'}`)
  errors.push(`error: ${parts.join(' ')}: ${message}`)
}

function readJson(file, where) {
  let text
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (e) {
    report(where, `cannot read ${file}: ${e.message}`)
    return undefined
  }
  try {
    return JSON.parse(text)
  } catch (e) {
    report(where, `${path.basename(file)} is not valid JSON: ${e.message}`)
    return undefined
  }
}

const descriptor = readJson(path.join(packageDir, 'datapackage.json'), {})
if (descriptor === undefined) finish({ resources: 0, rows: 0, foreignKeys: 0, references: 0 })

// --- 1. The descriptor as published, against the v1 Data Package profile -------------------------
{
  const { valid, errors: profileErrors } = await datapackage.validate(structuredClone(descriptor))
  if (!valid) {
    for (const e of profileErrors) report({ pointer: e.dataPath ?? '' }, `v1 profile: ${e.message}`)
  }
}

// --- 2. The descriptor against the published v2 JSON Schema profile (ajv) ------------------------
let v2Status
{
  const declared = descriptor.$schema
  if (declared !== V2_PROFILE_URL) {
    report({ pointer: '/$schema' }, `"$schema" must be "${V2_PROFILE_URL}" (found ${JSON.stringify(declared)})`)
  }
  const found = findV2Profile()
  if (found.file === null) {
    v2Status = `v1 profile; v2 profile not checked (${found.reason})`
    const message = `the Data Package v2 profile was not checked: ${found.reason}; see ${path.join(toolsDir, 'README.md')}`
    if (requireV2) report({}, message)
    else notes.push(`note: ${message}`)
  } else {
    const ajv = new Ajv({ allErrors: true, strict: false })
    addFormats(ajv)
    ajv.addFormat('textarea', true) // an editor hint in the profile, not a constraint
    const validateV2 = ajv.compile(JSON.parse(fs.readFileSync(found.file, 'utf8')))
    if (!validateV2(descriptor)) {
      for (const e of validateV2.errors) {
        const detail = e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''
        report({ pointer: e.instancePath }, `v2 profile: ${e.message}${detail}`)
      }
    }
    v2Status = 'v1 and v2 profiles'
  }
}

// The profile files are looked for in these places, in order; the first that has datapackage.json is
// used, and its SHA-256 must equal the one recorded in profiles.sha256 (the published 2.0 profile).
function findV2Profile() {
  const candidates = []
  if (profilesArg) candidates.push(path.resolve(profilesArg))
  if (process.env.FRICTIONLESS_V2_PROFILES) candidates.push(path.resolve(process.env.FRICTIONLESS_V2_PROFILES))
  candidates.push(path.join(toolsDir, 'profiles', '2.0'))
  candidates.push(path.resolve(toolsDir, '..', '..', '..', 'shared', 'frictionless', 'profiles', '2.0'))
  const pinned = readPinnedHashes()
  for (const dir of candidates) {
    const file = path.join(dir, 'datapackage.json')
    if (!fs.existsSync(file)) continue
    const actual = createHash('sha256').update(fs.readFileSync(file)).digest('hex')
    if (actual !== pinned['datapackage.json']) {
      report({}, `${file} is not the pinned Data Package 2.0 profile (sha256 ${actual}, expected ${pinned['datapackage.json']})`)
      return { file: null, reason: `${file} does not match profiles.sha256` }
    }
    return { file, reason: null }
  }
  return { file: null, reason: `no datapackage.json in ${candidates.join(', ')}` }
}

function readPinnedHashes() {
  const hashes = {}
  const text = fs.readFileSync(path.join(toolsDir, 'profiles.sha256'), 'utf8')
  for (const line of text.split('\n')) {
    const m = /^([0-9a-f]{64})\s+\*?(\S+)$/.exec(line.trim())
    if (m) hashes[m[2]] = m[1]
  }
  return hashes
}

// --- 3. Rows: build an in-memory v1 descriptor with inline data, then cast, unique and relations --
const resources = Array.isArray(descriptor.resources) ? descriptor.resources : []
const v1 = structuredClone(descriptor)
delete v1.$schema
v1.profile = 'tabular-data-package'
const rowObjects = new Map() // resource name -> array of row objects as read
const keyLabels = new Map() // resource name -> function(rowIndex) -> "id=..." label

// CSV at a path (native in v1): the libraries read it, with their CSV parser and the resource's
// encoding and dialect, as text cells; each record becomes an object keyed by the header row, so a
// column that is not a schema field is reported like a JSON property that is not one.
function isCsv(resource) {
  return resource.format === 'csv' || (resource.format === undefined && /\.csv$/i.test(resource.path))
}

async function readCsv(resource, names) {
  const where = { resource: resource.name }
  const { path: csvPath, format, encoding, dialect } = resource
  try {
    const csv = await datapackage.Resource.load({ name: resource.name, path: csvPath, format: format ?? 'csv', encoding, dialect }, { basePath: packageDir })
    const records = await csv.read({ cast: false })
    const headers = csv.headers ?? []
    for (const n of names) {
      if (!headers.includes(n)) report({ ...where, field: n }, `${csvPath} has no column for this field`)
    }
    return records.map((record, index) => {
      if (record.length !== headers.length) {
        report({ ...where, row: index + 1 }, `has ${record.length} cells, the header ${headers.length}`)
      }
      return Object.fromEntries(headers.map((h, i) => [h, record[i] ?? null]))
    })
  } catch (e) {
    report(where, `cannot read ${csvPath} as CSV: ${e.message}`)
    return []
  }
}

// One resource after the other, so that errors are reported in package order.
v1.resources = []
for (const resource of resources) v1.resources.push(await toInlineResource(resource))

async function toInlineResource(resource) {
  const copy = structuredClone(resource)
  const name = resource.name
  const fields = resource.schema?.fields ?? []
  const names = fields.map((f) => f.name)
  let rows = []
  if (typeof resource.path === 'string' && isCsv(resource)) {
    rows = await readCsv(resource, names)
  } else if (typeof resource.path === 'string') {
    const read = readJson(path.join(packageDir, resource.path), { resource: name })
    if (read !== undefined && !Array.isArray(read)) {
      report({ resource: name }, `${resource.path} must hold a JSON array of row objects`)
    } else if (read !== undefined) {
      rows = read
    }
  } else if (Array.isArray(resource.data)) {
    rows = resource.data
  } else {
    report({ resource: name }, 'has neither a JSON file at "path" nor inline "data"')
  }
  const pk = [].concat(resource.schema?.primaryKey ?? [])
  keyLabels.set(name, (index) => {
    const row = rows[index]
    if (!row || typeof row !== 'object' || !pk.length) return ''
    return pk.map((k) => `${k}=${row[k]}`).join(', ')
  })
  const arrays = []
  rows.forEach((row, index) => {
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      report({ resource: name, row: index + 1 }, 'is not a JSON object')
      arrays.push(names.map(() => null))
      return
    }
    // v1 Table Schema has no notion of object rows; a property that is not a field would be an
    // extra CSV column. Checked here since the libraries cannot see it once rows are arrays.
    for (const key of Object.keys(row)) {
      if (!names.includes(key)) {
        report({ resource: name, row: index + 1, key: keyLabels.get(name)(index), field: key }, 'is not a field of the schema')
      }
    }
    arrays.push(names.map((n) => (n in row ? row[n] : null)))
  })
  rowObjects.set(name, rows)
  delete copy.path
  copy.profile = 'tabular-data-resource'
  copy.data = [names, ...arrays]
  return copy
}

const { Package } = datapackage
const dataPackage = await Package.load(v1, { basePath: packageDir })
if (!dataPackage.valid) {
  for (const e of dataPackage.errors) report({ pointer: e.dataPath ?? '' }, `v1 tabular-data-package profile (inline rows): ${e.message}`)
}

let rowsChecked = 0
let foreignKeysChecked = 0
let referencesChecked = 0
const failedRows = new Map() // resource name -> Set of JSON array indexes whose row failed pass A

// The libraries number rows from the header line (row 1); we report the 1-based position in the JSON array.
const renumber = (message) => message.replace(/\b([Rr]ow) (\d+)/g, (_, w, n) => `${w} ${Number(n) - 1}`)

function where(resourceName, index, field) {
  return { resource: resourceName, row: index + 1, key: keyLabels.get(resourceName)(index), field }
}

function markFailed(resourceName, index) {
  if (!failedRows.has(resourceName)) failedRows.set(resourceName, new Set())
  failedRows.get(resourceName).add(index)
}

// Pass A: every row cast against its schema (types, formats, constraints) plus unique/primary keys.
for (const resource of dataPackage.resources) {
  const fields = resource.descriptor.schema?.fields ?? []
  const table = await resource.iter({ extended: true, forceCast: true })
  let rowNumber = 1
  for await (const item of table) {
    rowNumber += 1
    rowsChecked += 1
    const index = (item instanceof Error ? item.rowNumber ?? rowNumber : rowNumber) - 2
    if (item instanceof Error) {
      markFailed(resource.name, index)
      const inner = item.errors && item.errors.length ? item.errors : [item]
      for (const e of inner) {
        const field = e.columnNumber ? fields[e.columnNumber - 1]?.name : /column "([^"]*)"/.exec(e.message)?.[1]
        report(where(resource.name, index, field), renumber(e.message))
      }
      continue
    }
    // v2 `arrayItem`: v1 tableschema does not know it, so each item is cast with a tableschema Field.
    const [, , values] = item
    fields.forEach((f, col) => {
      if (f.type !== 'array' || !f.arrayItem || !Array.isArray(values[col])) return
      const itemField = new tableschema.Field({ name: `${f.name}[]`, ...f.arrayItem })
      values[col].forEach((v, i) => {
        try {
          itemField.castValue(v)
        } catch (e) {
          markFailed(resource.name, index)
          report(where(resource.name, index, `${f.name}[${i}]`), `arrayItem: ${e.message}`)
        }
      })
    })
  }
}

// Pass B: foreign keys, with the library's relations checking (it reads every referenced resource,
// and stops at the first row that does not cast), so it runs on a second in-memory package without
// the rows that failed pass A; those rows were reported already.
const kept = new Map() // resource name -> JSON array indexes kept, in order
const v1b = structuredClone(v1)
for (const r of v1b.resources) {
  const failed = failedRows.get(r.name) ?? new Set()
  const indexes = []
  const data = [r.data[0]]
  r.data.slice(1).forEach((row, i) => {
    if (!failed.has(i)) {
      indexes.push(i)
      data.push(row)
    }
  })
  r.data = data
  kept.set(r.name, indexes)
}
const relationsPackage = await Package.load(v1b, { basePath: packageDir })
const cascaded = new Map() // "resource\0fields\0target" -> rows referring to a row that failed pass A

for (const resource of relationsPackage.resources) {
  const schema = resource.descriptor.schema ?? {}
  const foreignKeys = schema.foreignKeys ?? []
  if (!foreignKeys.length) continue
  let checkable = true
  for (const fk of foreignKeys) {
    const target = fk.reference?.resource || resource.name
    const targetResource = relationsPackage.getResource(target)
    if (!targetResource) {
      report({ resource: resource.name, field: [].concat(fk.fields).join(', ') }, `foreign key refers to resource "${target}", which the package does not have`)
      checkable = false
      continue
    }
    const targetFields = (targetResource.descriptor.schema?.fields ?? []).map((f) => f.name)
    for (const f of [].concat(fk.reference?.fields ?? [])) {
      if (!targetFields.includes(f)) {
        report({ resource: resource.name, field: [].concat(fk.fields).join(', ') }, `foreign key refers to field "${f}", which resource "${target}" does not have`)
        checkable = false
      }
    }
  }
  if (!checkable) continue
  foreignKeysChecked += foreignKeys.length
  const rows = rowObjects.get(resource.name)
  const indexes = kept.get(resource.name)
  const table = await resource.iter({ relations: true, forceCast: true })
  let rowNumber = 1
  for await (const item of table) {
    rowNumber += 1
    const index = indexes[(item instanceof Error ? item.rowNumber ?? rowNumber : rowNumber) - 2]
    const row = rows[index] ?? {}
    if (item instanceof Error) {
      const fkFields = /Foreign key "([^"]*)"/.exec(item.message)?.[1]?.split(',') ?? []
      const decl = foreignKeys.find((k) => [].concat(k.fields).join(',') === fkFields.join(','))
      // The library's row number counts the rows of this reduced package; ours is the JSON position.
      const message = item.message.replace(/ in row \d+$/, '')
      if (!decl) {
        report(where(resource.name, index, fkFields.join(', ') || undefined), message)
        continue
      }
      const target = decl.reference.resource || resource.name
      const targetKey = `${target}.${[].concat(decl.reference.fields).join(', ')}`
      if (isDroppedReference(target, decl, row)) {
        // A consequence of a row reported in pass A: counted, and reported once per foreign key below.
        const k = `${resource.name}\u0000${fkFields.join(', ')}\u0000${targetKey}`
        cascaded.set(k, (cascaded.get(k) ?? 0) + 1)
        continue
      }
      const value = fkFields.map((f) => JSON.stringify(row[f])).join(', ')
      report(where(resource.name, index, fkFields.join(', ')), `${message}: ${value} is not a ${targetKey}`)
      continue
    }
    // Count the references the library resolved (foreign keys whose fields are not all null or
    // a missing value, such as the empty cell of a CSV file).
    const missing = schema.missingValues ?? ['']
    for (const fk of foreignKeys) {
      if ([].concat(fk.fields).some((f) => row[f] !== undefined && row[f] !== null && !missing.includes(row[f]))) referencesChecked += 1
    }
  }
}

for (const [k, n] of cascaded) {
  const [resourceName, fields, targetKey] = k.split('\u0000')
  report({ resource: resourceName, field: fields }, `foreign key not checked in ${n} row(s): they refer to ${targetKey} rows that failed their own checks (reported above)`)
}

function isDroppedReference(target, decl, row) {
  const failed = failedRows.get(target)
  if (!failed) return false
  const from = [].concat(decl.fields)
  const to = [].concat(decl.reference.fields)
  return [...failed].some((i) => {
    const ref = rowObjects.get(target)[i] ?? {}
    return to.every((f, k) => ref[f] === row[from[k]])
  })
}

finish({ resources: dataPackage.resources.length, rows: rowsChecked, foreignKeys: foreignKeysChecked, references: referencesChecked })

function finish(counts) {
  for (const n of notes) console.error(n)
  if (errors.length) {
    for (const e of errors) console.log(e)
    console.log(`frictionless: ${errors.length} error(s) in ${packageDir}`)
    process.exit(1)
  }
  console.log(
    `frictionless: valid: ${counts.resources} resources, ${counts.rows} rows checked, ` +
      `${counts.foreignKeys} foreign keys (${counts.references} references) checked; ` +
      `descriptor valid against Data Package ${v2Status}`
  )
  process.exit(0)
}
