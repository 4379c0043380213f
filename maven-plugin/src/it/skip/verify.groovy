def log = new File(basedir, 'build.log').text
assert log.contains('newsgauge: skipped (newsgauge.skip)')
assert !new File(basedir, 'target/newsgauge').exists()
['newsgauge:classify', 'newsgauge:check', 'newsgauge:train', 'newsgauge:evaluate', 'newsgauge:help'].each {
    assert log.contains(it) : "help lists $it"
}
true
