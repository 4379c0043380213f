def log = new File(basedir, 'build.log').text
assert !log.contains("does not replace")
assert log.contains("nothing to check")
