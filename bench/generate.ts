/**
 * `node dist/bench/generate.js SIZE [DIR]`: writes a generated corpus (for trying factlint or a
 * peer on it by hand; the benchmark writes its own).
 */
import {resolve} from 'node:path'
import {writeCorpus} from './corpus.js'

const size = Number(process.argv[2] ?? 1000)
const base = resolve(process.argv[3] ?? 'bench/corpus')
const corpus = writeCorpus(process.cwd(), base, size, 20261122)
console.log(`${corpus.files.length} articles, ${(corpus.bytes / 1e6).toFixed(1)} MB in ${corpus.dir}`)
