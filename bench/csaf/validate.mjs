// The reference command: BSI's csaf-validator-lib with the schema test and every mandatory test (CSAF 2.0 §6.1),
// one line per file ("<file>\tvalid|invalid"), exit 1 when any is invalid. Compared with `csaf validate`.
import validate from '@secvisogram/csaf-validator-lib/validate.js'
import * as schema from '@secvisogram/csaf-validator-lib/schemaTests.js'
import * as mandatory from '@secvisogram/csaf-validator-lib/mandatoryTests.js'
import { readFileSync } from 'node:fs'

const tests = [...Object.values(schema), ...Object.values(mandatory)]
let invalid = 0
for (const file of process.argv.slice(2)) {
  const result = await validate(tests, JSON.parse(readFileSync(file, 'utf8')))
  if (!result.isValid) invalid++
  process.stdout.write(file + '\t' + (result.isValid ? 'valid' : 'invalid') + '\n')
}
process.exitCode = invalid ? 1 : 0
