def log = new File(basedir, 'build.log').text
assert log.contains("bad rule 'stance >= pro_kosovo': stance is nominal (its labels have no order), so only = and != compare them")
// found by classify, at the start of the build, not by check in the verify phase
assert log =~ /Failed to execute goal [^ ]+:classify /
assert !new File(basedir, 'target/newsgauge').exists()
