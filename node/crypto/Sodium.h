#pragma once

#include "core/Result.h"

namespace careledger {

class Sodium {
public:
    // sodium_init once per process; safe from any thread.
    static void ensureInitialized();
    // Known-answer tests of every primitive we rely on, run at start-up by both
    // programs: a broken library build must stop us before we sign anything.
    static Status selfTest();
};

} // namespace careledger
