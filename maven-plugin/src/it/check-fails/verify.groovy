def log = new File(basedir, 'build.log').text
assert log.contains('newsgauge check (confidence >= 0; unreadable): 3 of 3 documents break the rules:')
assert log =~ /src\/main\/articles\/energy-deal\.md: confidence >= 0 \(topic=\w+ [0-9.]+, stance=\w+ [0-9.]+, tension=\w+ [0-9.]+\)/
assert log.contains('src/main/articles/scan.txt: unreadable (unreadable:')
assert new File(basedir, 'target/newsgauge/results.jsonl').isFile()
assert !new File(basedir, 'target/newsgauge/results.csv').exists() : 'only the formats asked for'
// and what to do next
assert log.contains('To pass: correct or remove those documents, leave them out with <excludes>, or change the rules')
