def log = new File(basedir, 'build.log').text
assert log.contains("classify execution 'features' would write ")
assert log.contains(", which execution 'news' of this build has written: its reports and cache would be replaced,"
        + " and newsgauge:check would read this execution's results for both; give each classify execution its own"
        + " <outputDirectory>, e.g. \${project.build.directory}/newsgauge-features")
def csv = new File(basedir, 'target/newsgauge/results.csv').text
assert csv.contains('src/main/articles/jarinje-crossing.txt,') && !csv.contains('fair.txt') : 'the first execution\'s reports stay'
