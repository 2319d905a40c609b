// The libFuzzer entry points of one target; PI_FUZZ_ENTRY names its function in fuzzchecks.h.

#include "fuzzchecks.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    PiFuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return PiFuzz::PI_FUZZ_ENTRY(data, size);
}
