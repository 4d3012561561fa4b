"""Counts of what the privacy proofs did, printed at the end of the run."""

PROOFS = {"probes": 0, "canaries": 0, "routes": 0}


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if PROOFS["probes"] or PROOFS["canaries"]:
        terminalreporter.write_line(
            f"privacy proofs: {PROOFS['probes']} probes, {PROOFS['canaries']} canaries swept"
        )
