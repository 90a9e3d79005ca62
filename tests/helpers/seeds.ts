/**
 * The seed articles (copied unchanged from ../shared/seeds/ to tests/fixtures/seeds/ as .md) and
 * their gold file, so the suite needs nothing outside the repository.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {parse} from 'yaml'

/** Each seed article with the name the gold file uses (`000_….txt`). */
export function seedArticles(): {name: string; text: string}[] {
  return readdirSync('tests/fixtures/seeds')
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => ({name: file.replace(/\.md$/, '.txt'), text: readFileSync(`tests/fixtures/seeds/${file}`, 'utf8')}))
}

/** The gold file of the seeds, parsed. */
export function seedGold<T>(): T {
  return parse(readFileSync('tests/fixtures/gold-seeds.yaml', 'utf8')) as T
}
