def log = new File(basedir, 'build.log').text
assert log.contains("-Dnewsgauge.failWhen does not replace <failWhen>tension >= high</failWhen> in the POM: Maven keeps"
        + " a value written in the POM, and replaces only a list written as elements, so the property would be ignored;"
        + " write <failWhen><rule>tension >= high</rule></failWhen>")
// refused by classify, the first goal, before anything is read
assert log =~ /Failed to execute goal [^ ]+:classify /
assert !new File(basedir, 'target/newsgauge').exists()
