#pragma once

// One libFuzzer entry per parser of outside data. Each runs the parser on the input and
// checks what its result promises (an error has a kind and a message; a value survives
// being written back and read again), aborting on a broken promise so that libFuzzer keeps
// the input. tests/fuzz/CMakeLists.txt builds one executable per function.

#include <cstddef>
#include <cstdint>

#define PI_FUZZ_TARGETS(X)                                                                                             \
    X(placement_version_document)                                                                                      \
    X(placement_provider_list)                                                                                         \
    X(placement_provider)                                                                                              \
    X(placement_aggregates)                                                                                            \
    X(placement_inventories)                                                                                           \
    X(placement_usages)                                                                                                \
    X(placement_traits)                                                                                                \
    X(placement_allocations)                                                                                           \
    X(placement_trait_list)                                                                                            \
    X(placement_resource_class_list)                                                                                   \
    X(http_error)                                                                                                      \
    X(keystone_token)                                                                                                  \
    X(keystone_catalog)                                                                                                \
    X(nova_version_document)                                                                                           \
    X(nova_aggregate_list)                                                                                             \
    X(nova_aggregate)                                                                                                  \
    X(nova_hypervisor_page)                                                                                            \
    X(nova_service_list)                                                                                               \
    X(clouds_yaml)                                                                                                     \
    X(clouds_json)                                                                                                     \
    X(profile_store)                                                                                                   \
    X(aggregate_list)                                                                                                  \
    X(api_version)                                                                                                     \
    X(request_log_redaction)                                                                                           \
    X(snapshot)

namespace PiFuzz {
#define PI_FUZZ_DECLARE(name) int name(const uint8_t *data, size_t size);
PI_FUZZ_TARGETS(PI_FUZZ_DECLARE)
#undef PI_FUZZ_DECLARE

// Once per process: a QCoreApplication (tr(), QStandardPaths) and quiet Qt warnings.
void initialize(int *argc, char ***argv);
} // namespace PiFuzz
