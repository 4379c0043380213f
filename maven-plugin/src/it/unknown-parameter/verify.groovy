def log = new File(basedir, 'build.log').text
assert log.contains("<failwhen> in the <configuration> of execution 'default' is no parameter of any newsgauge goal,"
        + " so Maven would ignore it; did you mean <failWhen>?")
// refused by classify, the first goal, before anything is classified; <minimums> (evaluate's) passed
assert log =~ /Failed to execute goal [^ ]+:classify /
assert !log.contains("<minimums> in")
assert !new File(basedir, 'target/newsgauge').exists()
