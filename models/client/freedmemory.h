#pragma once

// Hands the free pages of the C heap back to the system. After a large transient (a parsed
// 10,000-provider list is tens of MB of JSON document), glibc keeps the freed pages mapped
// and the process stays at its peak; asking it to trim after such moments keeps the
// resident size near what is actually in use. A no-op elsewhere.

void releaseFreedMemory();
