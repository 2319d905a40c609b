#pragma once

// How long a unit test waits for a signal at most. A limit, not a delay: QSignalSpy::wait()
// returns as soon as the signal arrives. Generous, because the same tests run under
// AddressSanitizer (several times slower) beside other suites on a busy two-core machine, where
// QSignalSpy's default of 5 s was seen to run out.
constexpr int unitWaitMs = 60000;
