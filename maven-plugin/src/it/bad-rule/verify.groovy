def log = new File(basedir, 'build.log').text
assert log.contains("bad rule 'stance >= pro_kosovo': stance is nominal (its labels have no order), so only = and != compare them")
