// Documents per second once warm: every file read up front, WARMUP passes (10) to warm up, then PASSES (20) timed.
import validate from '@secvisogram/csaf-validator-lib/validate.js'
import * as schema from '@secvisogram/csaf-validator-lib/schemaTests.js'
import * as mandatory from '@secvisogram/csaf-validator-lib/mandatoryTests.js'
import { readFileSync } from 'node:fs'

const passes = Number(process.env.PASSES || 20)
const warmup = Number(process.env.WARMUP || 10)
const tests = [...Object.values(schema), ...Object.values(mandatory)]
const texts = process.argv.slice(2).map((f) => readFileSync(f, 'utf8'))
async function pass() {
  for (const text of texts) await validate(tests, JSON.parse(text))
}
for (let i = 0; i < warmup; i++) await pass()
const start = process.hrtime.bigint()
for (let i = 0; i < passes; i++) await pass()
const seconds = Number(process.hrtime.bigint() - start) / 1e9
console.log((texts.length * passes / seconds).toFixed(0))
