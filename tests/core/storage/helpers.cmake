# The child process that tst_crashsafety kills in the middle of its edits.
add_executable(rotadesk_crash_writer ${CMAKE_CURRENT_LIST_DIR}/crashwriter.cpp)
target_link_libraries(rotadesk_crash_writer PRIVATE rotadesk_core)
if(TARGET tst_crashsafety)
    add_dependencies(tst_crashsafety rotadesk_crash_writer)
    target_compile_definitions(tst_crashsafety PRIVATE ROTADESK_CRASH_WRITER="$<TARGET_FILE:rotadesk_crash_writer>")
endif()
