#pragma once

// One parser's fuzz entry, written once and built two ways (tests/fuzz/CMakeLists.txt):
// - TEXTDESK_FUZZ: a libFuzzer executable, fuzz_<name>, where the entry is LLVMFuzzerTestOneInput;
// - the normal build: TestFuzzReplay, which registers every entry under its name and feeds it
//   each committed corpus and regression file, so a fixed crash stays fixed without libFuzzer.
// A broken invariant aborts with the condition and its place, which both ways report as a failure.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace textdesk::fuzz {

using Entry = int (*)(const std::uint8_t *data, std::size_t size);

[[noreturn]] inline void fail(const char *condition, const char *file, int line)
{
    std::fprintf(stderr, "fuzz invariant broken: %s (%s:%d)\n", condition, file, line);
    std::abort();
}

#ifdef TEXTDESK_FUZZ_REPLAY
// Defined in ReplayRegistry.cpp: the entries by target name, filled before main().
struct Registration
{
    Registration(const char *name, Entry entry);
};
#endif

} // namespace textdesk::fuzz

#ifdef TEXTDESK_FUZZ_REPLAY
#define TEXTDESK_FUZZ_TARGET(name)                                                                 \
    static int textdeskFuzz_##name(const std::uint8_t *data, std::size_t size);                    \
    static const ::textdesk::fuzz::Registration textdeskFuzzRegistration_##name(                   \
        #name, &textdeskFuzz_##name);                                                              \
    static int textdeskFuzz_##name(const std::uint8_t *data, std::size_t size)
#else
#define TEXTDESK_FUZZ_TARGET(name)                                                                 \
    extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
#endif

#define TEXTDESK_FUZZ_CHECK(condition)                                                             \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::textdesk::fuzz::fail(#condition, __FILE__, __LINE__);                                \
    } while (false)
