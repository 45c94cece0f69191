// compromise.mjs -- the bench's point of comparison: compromise's nlp(text).people()
// over each file named on the command line; one output line per file (the names found).
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

for (const path of process.argv.slice(2)) {
    const people = nlp(readFileSync(path, 'utf8')).people().out('array');
    process.stdout.write(JSON.stringify({ doc: path, people }) + '\n');
}
