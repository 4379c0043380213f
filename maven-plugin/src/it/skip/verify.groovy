def log = new File(basedir, 'build.log').text
assert log.contains('newsgauge: skipped (newsgauge.skip)')
assert !new File(basedir, 'target/newsgauge').exists()
