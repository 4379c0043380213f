assert new File(basedir, 'target/classes/newsgauge.ngpack').length() > 0 : 'train wrote the pack into target/classes'
def passes = new File(basedir, 'target/gate-passes')
assert new File(passes, 'evaluation.json').text.contains('"macro_f1"')
assert new File(passes, 'evaluation.md').text.contains('| topic | 30 |')
def log = new File(basedir, 'build.log').text
assert log.contains('newsgauge: trained auto on 90 documents')
assert new File(basedir, 'target/maxent.ngpack').length() > 0 : 'train-maxent wrote its pack'
assert log.contains('newsgauge: trained opennlp-maxent on 90 documents')
assert new File(basedir, 'target/own.ngpack').length() > 0 : 'train-own-learner wrote its pack'
assert log.contains('newsgauge: trained auto (level: liblinear) on 90 documents')
assert log.contains('newsgauge:   level (liblinear) held-out accuracy')
assert !log.contains('Computing event counts') : "OpenNLP's INFO lines are kept out of the build log"
assert log.contains('gate: topic macro_f1') && log.contains('required >= 0.6: ok')
assert log.contains('gate: level mae') && log.contains('required <= 1: ok')
assert log =~ /newsgauge quality gate: the model misses 1 of 1 minimums:\s+(\[ERROR\]\s+)?topic macro_f1 is 0\.\d+, required >= 0\.99/
assert new File(basedir, 'target/gate-fails/evaluation.md').text.contains('FAILED')
