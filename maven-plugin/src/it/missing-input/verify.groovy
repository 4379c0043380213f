def log = new File(basedir, 'build.log').text
assert log =~ /input folder .*no-such-folder does not exist; put the documents there or configure <inputDirectories>/
assert !new File(basedir, 'target/newsgauge').exists()
