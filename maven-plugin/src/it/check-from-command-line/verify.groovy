def log = new File(basedir, 'build.log').text
assert log.contains("no <failWhen> rules and failOnUnreadable is false for newsgauge:check run from the command line,"
        + " so it would check nothing and pass; the rules are in the <configuration> of execution 'gate', which a goal"
        + " run from the command line does not get: run the build (mvn verify), move the rules to the plugin's"
        + " <configuration>, or give them with -Dnewsgauge.failWhen=...")
