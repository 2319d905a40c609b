# One fuzz smoke run (tests/fuzz/CMakeLists.txt): FUZZER over a fresh empty directory (new
# inputs land there) and the in-tree seeds (only read), RUNS inputs from seed 1, no time limit.
file(REMOVE_RECURSE ${FRESH})
file(MAKE_DIRECTORY ${FRESH} ${ARTIFACTS})
execute_process(
    COMMAND ${FUZZER} -runs=${RUNS} -seed=1 -dict=${DICT} -max_len=65536 -timeout=0 -rss_limit_mb=4096
            -print_final_stats=1 -artifact_prefix=${ARTIFACTS} ${FRESH} ${SEEDS}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${FUZZER} failed (${result}); the input is in ${ARTIFACTS}")
endif()
