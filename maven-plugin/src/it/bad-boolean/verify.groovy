def log = new File(basedir, 'build.log').text
assert log.contains("<failOnUnreadable>ture</failOnUnreadable> in the <configuration> of execution 'gate';"
        + " -Dnewsgauge.cache=yes (<cache>); <newsgauge.raw>no</newsgauge.raw> in the POM's <properties> (<raw>):"
        + " they take true or false, and Maven would read anything else as false, turning the setting off;"
        + " write true or false")
// refused by classify, the first goal, before anything is classified
assert log =~ /Failed to execute goal [^ ]+:classify /
assert !new File(basedir, 'target/newsgauge').exists()
