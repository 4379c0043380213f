def out = new File(basedir, 'target/newsgauge')
def csv = new File(out, 'results.csv').readLines()
assert csv[0].startsWith('path,topic,topic_p,stance,stance_p,tension,tension_p,language,warnings')
assert csv.size() == 6 : "header + 5 documents (logo.png left out): $csv"
assert csv.any { it.startsWith('src/main/articles/energy-deal.md,') }
assert csv.any { it.startsWith('src/main/articles/portal-page.html,') }
assert csv.any { it.startsWith('src/main/articles/notes/SERBIAN-FOOTBALL.TXT,') } : 'the default includes take any case'
assert csv.find { it.startsWith('src/main/articles/notes/scan.txt,,,') } : 'the binary file is listed, unlabelled'
def jsonl = new File(out, 'results.jsonl').readLines()
assert jsonl.size() == 5
assert jsonl.find { it.contains('"path":"src/main/articles/notes/scan.txt"') }.contains('"code":"binary"')
assert jsonl.find { it.contains('jarinje-crossing.txt') }.contains('"explanation":[{"feature"')
def html = new File(out, 'results.html').text
assert html.contains('<table id="results">') && html.contains('jarinje-crossing.txt') && !html.contains('http://') && !html.contains('https://')
assert new File(out, '.newsgauge-cache.jsonl').isFile()
def log = new File(basedir, 'build.log').text
assert log.contains('5 documents (5 classified, 0 from cache, 1 unreadable, 1 with warnings)') : 'first run classifies all'
assert log.contains('5 documents (0 classified, 5 from cache') : 'second run reuses every result'
assert log.contains('all 5 documents pass')
